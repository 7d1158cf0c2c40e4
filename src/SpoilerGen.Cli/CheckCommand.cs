using System.CommandLine;
using SpoilerGen.Build;
using SpoilerGen.Check;
using SpoilerGen.Check.Reports;

namespace SpoilerGen.Cli;

/// <summary><c>spoilergen check [SITE] [--format text|json|sarif] [--warnings-as-errors]</c>: everything a build checks, and the lints, writing nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
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
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit 1 on warnings too, not only on errors" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The URL the site is served from, overriding base_url in spoilergen.yml" };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked draft: true" };

        var command = new Command("check", "Check the site as a build would, and lint it for unmarked spoilers and links to URLs, writing nothing")
        {
            site, format, warningsAsErrors, baseUrl, drafts,
        };
        command.SetAction(parseResult => Run(
            new BuildOptions(parseResult.GetValue(site)!, BaseUrl: parseResult.GetValue(baseUrl), IncludeDrafts: parseResult.GetValue(drafts)),
            Enum.Parse<ReportFormat>(parseResult.GetValue(format)!, ignoreCase: true), parseResult.GetValue(warningsAsErrors),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(BuildOptions options, ReportFormat format, bool warningsAsErrors, TextWriter stdout, TextWriter stderr)
    {
        if (SiteFolderArgument.Problem(options.SiteFolder) is { } problem)
        {
            stderr.WriteLine($"spoilergen: error: {problem}");
            return ExitCodes.UsageError;
        }

        var result = SiteChecker.Check(options);
        IReportWriter.For(format).Write(result, stdout);
        var failed = result.ErrorCount > 0 || (warningsAsErrors && result.WarningCount > 0);
        return failed ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
