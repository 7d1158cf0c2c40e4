using System.CommandLine;
using SpoilerGen.Build;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Cli;

/// <summary><c>spoilergen build [SITE] [-o DIR] [--base-url URL] [--drafts] [--force] [--warnings-as-errors] [--verbose]</c>: parses arguments and prints; the work is the core's.</summary>
public static class BuildCommand
{
    public static Command Create(CancellationSignals signals)
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
        var force = new Option<bool>("--force")
        {
            Description = "Replace the output folder even though SpoilerGen did not make it (everything in it is deleted)",
        };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Report every warning (check's lints SG0601 and SG0602 among them) as an error: the build fails and writes nothing; for CI",
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print each step of writing the output, and the stack trace of an internal error" };

        var command = new Command("build", "Build the site: one spoiler-safe tree per episode") { site, output, baseUrl, drafts, force, warningsAsErrors, verbose };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var isVerbose = parseResult.GetValue(verbose);
            var options = new BuildOptions(parseResult.GetValue(site)!, parseResult.GetValue(output), parseResult.GetValue(baseUrl),
                parseResult.GetValue(drafts), parseResult.GetValue(force), isVerbose ? Steps(stderr) : null,
                parseResult.GetValue(warningsAsErrors));
            return InternalErrorReport.Guard(stderr, isVerbose, () => Run(options, signals, stdout, stderr));
        });
        return command;
    }

    /// <summary>Prints each step of the build with the time since the build started, for <c>--verbose</c>: where a build spends its time.</summary>
    private static Action<string> Steps(TextWriter stderr)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // A step names folders and files, whose names may hold a terminal escape or a newline.
        return step => stderr.WriteLine($"spoilergen: {TerminalText.Escape(step)} (at {clock.ElapsedMilliseconds} ms)");
    }

    private static int Run(BuildOptions options, CancellationSignals signals, TextWriter stdout, TextWriter stderr)
    {
        if (SiteFolderArgument.Problem(options.SiteFolder) is { } problem)
        {
            stderr.WriteLine($"spoilergen: error: {TerminalText.Escape(problem)}");
            return ExitCodes.UsageError;
        }

        BuildResult result;
        try
        {
            result = SiteBuilder.Build(options, signals.Listen());
        }
        catch (OperationCanceledException) when (signals.Token.IsCancellationRequested)
        {
            stderr.WriteLine($"Build cancelled; {TerminalText.Escape(DisplayPath.For(options.ResolvedOutputFolder))} was left as it was.");
            return signals.ExitCode;
        }
        foreach (var diagnostic in result.Diagnostics) stderr.WriteLine(diagnostic);

        if (result.OutputRefused) return ExitCodes.UsageError;
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.IsError);
            var left = result.HadPreviousOutput ? $"; {TerminalText.Escape(DisplayPath.For(result.OutputFolder))} was left as it was" : "; nothing was written";
            stderr.WriteLine($"Build failed: {errors} error{(errors == 1 ? "" : "s")}{left}.");
            return ExitCodes.ContentErrors;
        }

        stdout.WriteLine($"Built {result.PageCount} pages into {result.TreeCount} trees ({result.FileCount} files) in {TerminalText.Escape(DisplayPath.For(result.OutputFolder))}/ in {result.Elapsed.TotalMilliseconds:0} ms.");
        return ExitCodes.Success;
    }
}
