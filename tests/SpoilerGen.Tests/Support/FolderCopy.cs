namespace SpoilerGen.Tests.Support;

/// <summary>Copies a site folder (such as the example guide) for a test to edit, without any output built inside it.</summary>
public static class FolderCopy
{
    public static void Of(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("public", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }
}
