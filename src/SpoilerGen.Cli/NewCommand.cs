using System.CommandLine;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Sources;
using SpoilerGen.Scaffold;

namespace SpoilerGen.Cli;

/// <summary>
/// <c>spoilergen new DIR [--title TITLE] [--episodes 8,10]</c>: writes a new guide that builds at once;
/// <c>spoilergen new page PATH [--spoiler EPISODE] [--site DIR]</c> (or <c>new content</c>, as in Hugo): one new page in it.
/// </summary>
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
        command.Subcommands.Add(CreatePage());
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

    private static Command CreatePage()
    {
        var path = new Argument<string>("path") { Description = "The page's path under content/, e.g. characters/nam-ra.md" };
        var spoiler = new Option<string?>("--spoiler")
        {
            Description = "The episode id the page is hidden until, e.g. s01e05 [default: shown to everyone]",
            HelpName = "EPISODE",
        };
        var site = new Option<string>("--site", "-s")
        {
            Description = "The guide's folder, holding spoilergen.yml",
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("page", "Create a new page under content/ with the guide's front matter: a title from its file name, and --spoiler") { path, spoiler, site };
        command.Aliases.Add("content");
        command.SetAction(parseResult => RunPage(parseResult.GetValue(site)!, parseResult.GetValue(path)!, parseResult.GetValue(spoiler),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int RunPage(string site, string path, string? spoiler, TextWriter stdout, TextWriter stderr)
    {
        var result = PageScaffold.Create(site, path, spoiler);
        foreach (var diagnostic in result.Diagnostics) stderr.WriteLine(diagnostic);
        if (result.WrittenFile is not { } written)
        {
            if (result.Problem is { } problem) stderr.WriteLine($"spoilergen: error: {TerminalText.Escape(problem)}");
            // A config that cannot be read is the site's own error, as for build.
            return result.Problem is null ? ExitCodes.ContentErrors : ExitCodes.UsageError;
        }
        stdout.WriteLine($"Created {TerminalText.Escape(DisplayPath.For(written))}{(spoiler is null or FrontMatterParser.StartKey ? "" : $", hidden until {spoiler}")}.");
        return ExitCodes.Success;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
