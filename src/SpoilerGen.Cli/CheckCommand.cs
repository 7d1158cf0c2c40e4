using System.CommandLine;
using SpoilerGen.Build;
using SpoilerGen.Check;
using SpoilerGen.Check.Reports;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Cli;

/// <summary><c>spoilergen check [SITE] [--format text|json|sarif] [--warnings-as-errors]</c>: everything a build checks, and the lints, writing nothing.</summary>
public static class CheckCommand
{
    public static Command Create(CancellationSignals signals)
    {
        var site = new Argument<string>("site")
        {
            Description = "The site folder, holding spoilergen.yml",
            DefaultValueFactory = _ => ".",
        };
        var format = new Option<string>("--format")
        {
            Description = "How to print what was found: text (as build prints it), json, or sarif (SARIF 2.1.0, for GitHub code scanning)",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif",
        };
        // System.CommandLine's own check lists the values one a line: a usage error is one line here.
        format.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && !Enum.GetNames<ReportFormat>().Contains(result.Tokens[0].Value, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"--format must be one of text, json, sarif (got '{result.Tokens[0].Value}')");
            }
        });
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit 1 on warnings too, not only on errors" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The URL the site is served from, overriding base_url in spoilergen.yml" };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked draft: true" };

        var command = new Command("check", "Check the site as a build would, and lint it for unmarked spoilers and links to URLs, writing nothing")
        {
            site, format, warningsAsErrors, baseUrl, drafts,
        };
        command.SetAction(parseResult => Run(signals,
            new BuildOptions(parseResult.GetValue(site)!, BaseUrl: parseResult.GetValue(baseUrl), IncludeDrafts: parseResult.GetValue(drafts)),
            Enum.Parse<ReportFormat>(parseResult.GetValue(format)!, ignoreCase: true), parseResult.GetValue(warningsAsErrors),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(CancellationSignals signals, BuildOptions options, ReportFormat format, bool warningsAsErrors, TextWriter stdout, TextWriter stderr)
    {
        if (SiteFolderArgument.Problem(options.SiteFolder) is { } problem)
        {
            stderr.WriteLine($"spoilergen: error: {TerminalText.Escape(problem)}");
            return ExitCodes.UsageError;
        }

        CheckResult result;
        try
        {
            result = SiteChecker.Check(options, signals.Listen());
        }
        catch (OperationCanceledException) when (signals.Token.IsCancellationRequested)
        {
            stderr.WriteLine("Check cancelled.");
            return signals.ExitCode;
        }
        try
        {
            var report = StandardOutput.For(stdout);
            IReportWriter.For(format).Write(result, report);
            report.Flush();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"spoilergen: error: the report could not be written to standard output: {exception.Message}");
            return ExitCodes.ContentErrors;
        }
        var failed = result.ErrorCount > 0 || (warningsAsErrors && result.WarningCount > 0);
        return failed ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
