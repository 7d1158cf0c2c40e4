namespace SpoilerGen.Write;

/// <summary>
/// Whether a file of the previous output already holds exactly the bytes about to be written: then it is
/// kept (hard-linked) instead of rewritten, and tools that compare timestamps see no change.
/// </summary>
internal static class FileComparison
{
    private const int BufferSize = 64 * 1024;

    public static bool SameContent(string existingPath, ReadOnlySpan<byte> content)
    {
        var existing = RegularFile(existingPath);
        if (existing is null || existing.Length != content.Length) return false;
        using var stream = existing.OpenRead();
        var buffer = new byte[Math.Min(BufferSize, Math.Max(1, content.Length))];
        var offset = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (offset + read > content.Length || !buffer.AsSpan(0, read).SequenceEqual(content.Slice(offset, read))) return false;
            offset += read;
        }
        return offset == content.Length;
    }

    /// <summary>Whether <paramref name="source"/>, read from its start, holds exactly the bytes of the file at <paramref name="existingPath"/>.</summary>
    public static bool SameContent(Stream source, string existingPath)
    {
        var existing = RegularFile(existingPath);
        if (existing is null || existing.Length != source.Length) return false;
        source.Position = 0;
        using var second = existing.OpenRead();
        var left = new byte[BufferSize];
        var right = new byte[BufferSize];
        while (true)
        {
            var read = source.ReadAtLeast(left, left.Length, throwOnEndOfStream: false);
            if (second.ReadAtLeast(right, right.Length, throwOnEndOfStream: false) != read) return false;
            if (read == 0) return true;
            if (!left.AsSpan(0, read).SequenceEqual(right.AsSpan(0, read))) return false;
        }
    }

    /// <summary>The file, if it exists and is a plain file: a link or anything else is never reused.</summary>
    private static FileInfo? RegularFile(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is null ? info : null;
    }
}
