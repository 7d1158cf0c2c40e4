using System.CommandLine;
using SpoilerGen.Build;
using SpoilerGen.Diagnostics;
using SpoilerGen.Write;

namespace SpoilerGen.Cli;

/// <summary><c>spoilergen build [SITE] [-o DIR] [--base-url URL] [--drafts]</c>: parses arguments and prints; the work is the core's.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var site = new Argument<string>("site")
        {
            Description = "The site folder, holding spoilergen.yml",
            DefaultValueFactory = _ => ".",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = $"Where to write the built site [default: SITE/{BuildOptions.DefaultOutputFolderName}]",
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "The URL the site is served from, overriding base_url in spoilergen.yml (e.g. https://you.github.io/guide/)",
        };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked draft: true" };

        var command = new Command("build", "Build the site: one spoiler-safe tree per episode") { site, output, baseUrl, drafts };
        command.SetAction(parseResult => Run(
            new BuildOptions(parseResult.GetValue(site)!, parseResult.GetValue(output), parseResult.GetValue(baseUrl), parseResult.GetValue(drafts)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(options.SiteFolder))
        {
            stderr.WriteLine($"spoilergen: error: the site folder '{options.SiteFolder}' does not exist");
            return ExitCodes.UsageError;
        }
        if (OutputFolderGuard.Problem(options.SiteFolder, options.ResolvedOutputFolder) is { } problem)
        {
            stderr.WriteLine(new Diagnostic(new SourcePosition(options.ResolvedOutputFolder, 1, 1), DiagnosticSeverity.Error,
                DiagnosticCodes.OutputFolderRefused, $"{problem}; choose another folder with --output"));
            return ExitCodes.UsageError;
        }

        var result = SiteBuilder.Build(options);
        foreach (var diagnostic in result.Diagnostics) stderr.WriteLine(diagnostic);

        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.IsError);
            stderr.WriteLine($"Build failed: {errors} error{(errors == 1 ? "" : "s")}{(Directory.Exists(result.OutputFolder) ? $"; {result.OutputFolder} was left as it was" : "")}.");
            return ExitCodes.ContentErrors;
        }

        stdout.WriteLine($"Built {result.PageCount} pages into {result.TreeCount} trees ({result.FileCount} files) in {DisplayPath.For(result.OutputFolder)}/ in {result.Elapsed.TotalMilliseconds:0} ms.");
        return ExitCodes.Success;
    }
}
