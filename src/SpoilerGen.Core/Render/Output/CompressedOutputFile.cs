using System.IO.Compression;
using System.Text;

namespace SpoilerGen.Render.Output;

/// <summary>
/// A rendered file (a page, a search index) kept in memory Brotli-compressed: what <c>serve</c> holds between
/// edits, a small part of the text's size, decompressed when it is asked for.
/// </summary>
public sealed record CompressedOutputFile : OutputFile
{
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    private readonly byte[] _compressed;

    private CompressedOutputFile(string relativePath, byte[] compressed, int length) : base(relativePath)
    {
        _compressed = compressed;
        Length = length;
    }

    /// <summary>The size of the file's UTF-8 bytes.</summary>
    public int Length { get; }

    public static CompressedOutputFile From(TextOutputFile file) => From(file.RelativePath, Utf8WithoutMark.GetBytes(file.Text));

    public static CompressedOutputFile From(string relativePath, byte[] bytes)
    {
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        // Quality 1: nearly the size of the best, at a small part of its time; the window fits any page.
        if (!BrotliEncoder.TryCompress(bytes, compressed, out var written, quality: 1, window: 22))
        {
            throw new InvalidOperationException($"could not compress '{relativePath}'");
        }
        return new CompressedOutputFile(relativePath, compressed[..written], bytes.Length);
    }

    public byte[] Bytes()
    {
        var bytes = new byte[Length];
        if (!BrotliDecoder.TryDecompress(_compressed, bytes, out var written) || written != Length)
        {
            throw new InvalidOperationException($"could not decompress '{RelativePath}'");
        }
        return bytes;
    }

    /// <summary>The file as text; only for files that were text (UTF-8).</summary>
    public string Text => Utf8WithoutMark.GetString(Bytes());
}
