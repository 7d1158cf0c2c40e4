using System.CommandLine;
using SpoilerGen.Diagnostics;
using SpoilerGen.Scaffold;

namespace SpoilerGen.Cli;

/// <summary><c>spoilergen new DIR [--title TITLE] [--episodes 8,10]</c>: writes a new guide that builds at once.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("dir") { Description = "The folder to create the guide in; it must be new or empty" };
        var title = new Option<string?>("--title") { Description = "The show's title [default: from the folder's name]" };
        var episodes = new Option<string>("--episodes")
        {
            Description = "How many episodes each season has, in order, e.g. 8,10 for two seasons",
            DefaultValueFactory = _ => "8",
        };

        var command = new Command("new", "Create a new guide: config, home page, episodes, a character page, static/ and a GitHub Pages workflow")
        {
            folder, title, episodes,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(folder)!, parseResult.GetValue(title), parseResult.GetValue(episodes)!,
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string folder, string? title, string episodes, TextWriter stdout, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            stderr.WriteLine("spoilergen: error: the folder to create the guide in is an empty path");
            return ExitCodes.UsageError;
        }
        var counts = ScaffoldOptions.ParseEpisodeCounts(episodes);
        if (counts is null)
        {
            stderr.WriteLine($"spoilergen: error: --episodes '{episodes}' is not a list of episode counts, e.g. 8,10 for two seasons of 8 and 10 episodes");
            return ExitCodes.UsageError;
        }
        var result = GuideScaffold.Create(folder, new ScaffoldOptions(title ?? ScaffoldOptions.TitleFromFolder(folder), counts));
        if (!result.Succeeded)
        {
            stderr.WriteLine($"spoilergen: error: {result.Problem}");
            return result.FileSystemFailed ? ExitCodes.ContentErrors : ExitCodes.UsageError;
        }
        var path = DisplayPath.For(folder);
        stdout.WriteLine($"Created a guide of {Count(counts.Sum(), "episode")} in {Count(counts.Count, "season")} in {path}/ ({result.WrittenFiles.Count} files).");
        stdout.WriteLine($"Next: spoilergen build {path}   (or spoilergen check {path})");
        return ExitCodes.Success;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
