using SpoilerGen.Render;

namespace SpoilerGen.Write;

/// <summary>
/// Writes the built site beside the output folder and swaps it in only once every file is written,
/// so that a failed build leaves the previous output exactly as it was.
/// </summary>
public static class OutputWriter
{
    public static void Write(string outputFolder, IReadOnlyList<OutputFile> files)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("the output folder has no parent");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.spoilergen-new-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.spoilergen-old-{Guid.NewGuid():N}");

        try
        {
            Parallel.ForEach(files, file => WriteFile(staging, file));
            Directory.CreateDirectory(staging);
            if (Directory.Exists(output)) Directory.Move(output, retired);
            Directory.Move(staging, output);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
    }

    private static void WriteFile(string root, OutputFile file)
    {
        var path = Path.Combine(root, file.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (file)
        {
            case TextOutputFile text:
                File.WriteAllText(path, text.Text);
                break;
            case BinaryOutputFile binary:
                File.WriteAllBytes(path, binary.Content);
                break;
            case CopiedOutputFile copied:
                File.Copy(copied.SourcePath, path);
                break;
            default:
                throw new InvalidOperationException($"unknown output file kind {file.GetType().Name}");
        }
    }
}
