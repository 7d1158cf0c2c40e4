using System.CommandLine;
using SpoilerGen.Diagnostics;
using SpoilerGen.Scaffold;

namespace SpoilerGen.Cli;

/// <summary><c>spoilergen theme export DIR [--force]</c>: copies the default theme out of the tool, to override it.</summary>
public static class ThemeCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("dir")
        {
            Description = "Where to copy the theme; a site folder (holding spoilergen.yml) gets it in its templates/",
        };
        var force = new Option<bool>("--force") { Description = "Replace files that already exist" };
        var export = new Command("export", "Copy the default theme into a folder, to start an override from") { folder, force };
        export.SetAction(parseResult => Export(parseResult.GetValue(folder)!, parseResult.GetValue(force),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return new Command("theme", "Work with the default theme") { export };
    }

    private static int Export(string folder, bool force, TextWriter stdout, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            stderr.WriteLine("spoilergen: error: the folder to copy the theme into is an empty path");
            return ExitCodes.UsageError;
        }
        var result = ThemeExporter.Export(folder, force);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"spoilergen: error: {result.Problem}");
            return result.FileSystemFailed ? ExitCodes.ContentErrors : ExitCodes.UsageError;
        }
        stdout.WriteLine($"Copied the default theme ({result.WrittenFiles.Count} files) into {DisplayPath.For(result.Folder)}/. A file the site's templates/ holds overrides the built-in one; delete those you do not change.");
        return ExitCodes.Success;
    }
}
