using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Json.Schema;
using SpoilerGen.Tests.Support;
using static SpoilerGen.Diagnostics.DiagnosticCodes;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// What <c>check</c> and <c>build</c> say about files with odd names, and about names that collide. Before:
/// SARIF made <c>back\slash.md</c> into <c>back/slash.md</c>, a right-to-left override in a name was printed
/// raw, a report written into a closed pipe was lost with exit 0, NFC and NFD <c>café.md</c> were two pages
/// with "the same URL" and two names that print alike, and a page that made no page brought false
/// "no such page" errors for the links to it.
/// </summary>
public sealed class CheckMessageTests : IDisposable
{
    private static readonly string ToolPath = Path.Combine(AppContext.BaseDirectory, "spoilergen.dll");

    /// <summary>Names a hostile or unlucky repository may hold; each file lacks a title, so each gets an error at its name.</summary>
    private static readonly string[] OddNames =
    [
        "escape\u001B[31mred.md", "quote\"and'apostrophe.md", "new\nline.md", "tab\there.md", "emoji\U0001F9DF.md",
        "rtl\u202Egpj.md", "isolate\u2067x\u2069.md", "back\\slash.md", "percent%41.md", "space and #hash.md",
        "bidi\\u202Ex.md", "bidi\u202Ex.md", "zero\u200Bwidth.md", "tag\U000E0041letter.md", "filler\u3164.md",
    ];

    private readonly TestSite _site = new(episodeCount: 3);

    public CheckMessageTests()
    {
        foreach (var name in OddNames) _site.WriteFile("content/" + name, "---\nweight: 1\n---\nText.\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Sarif_names_every_odd_file_by_its_own_path_and_is_valid_SARIF_2_1_0()
    {
        var (exitCode, output, error) = ToolProcess.RunIn(_site.Root, ["check", "--format", "sarif"]);

        Assert.True(exitCode == 1, error);
        var validation = Check.CheckReportTests.SarifSchema.Value.Evaluate(JsonDocument.Parse(output).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(validation.IsValid, "not valid SARIF 2.1.0");
        var uris = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(result => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!)
            .ToList();
        foreach (var name in OddNames)
        {
            Assert.Contains(uris, uri => Uri.UnescapeDataString(uri) == "content/" + name);
        }
        Assert.Contains("content/back%5Cslash.md", uris);
        Assert.All(uris, uri => Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative), uri));
    }

    [Fact]
    public void Text_prints_one_line_per_diagnostic_with_control_and_bidirectional_characters_escaped()
    {
        var (exitCode, output, _) = ToolProcess.RunIn(_site.Root, ["check"]);

        Assert.Equal(1, exitCode);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(OddNames.Length + 1, lines.Length);
        Assert.All(lines, line => Assert.DoesNotContain(line, character => char.IsControl(character) || character is '\u202E' or '\u2067' or '\u2069'));
        Assert.Contains(lines, line => line.StartsWith("content/rtl\\u202Egpj.md(2,1): error SG0104", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("content/new\\u000Aline.md(2,1): error SG0104", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("content/emoji\U0001F9DF.md(2,1): error SG0104", StringComparison.Ordinal));
        // Characters drawn as nothing: raw, "zero<U+200B>width.md" printed as "zerowidth.md" would.
        Assert.Contains(lines, line => line.StartsWith("content/zero\\u200Bwidth.md(2,1): error SG0104", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("content/tag\\U000E0041letter.md(2,1): error SG0104", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("content/filler\\u3164.md(2,1): error SG0104", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_escapes_names_one_to_one_so_a_real_backslash_u_never_prints_like_an_escaped_character()
    {
        var (exitCode, output, _) = ToolProcess.RunIn(_site.Root, ["check"]);

        Assert.Equal(1, exitCode);
        var lines = output.TrimEnd('\n').Split('\n');
        // Before, both files printed as content/bidi\u202Ex.md: an author could not tell which one was meant.
        Assert.Contains(lines, line => line.StartsWith("content/bidi\\\\u202Ex.md(2,1): error SG0104", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("content/bidi\\u202Ex.md(2,1): error SG0104", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("content/back\\\\slash.md(2,1): error SG0104", StringComparison.Ordinal));
        Assert.Equal(lines.Length, lines.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("text")]
    [InlineData("sarif")]
    public void A_report_written_into_a_closed_pipe_is_one_error_line_and_exit_1(string format)
    {
        // 'true' reads nothing and exits at once: by the time the report is written, nobody can read it.
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-c", "dotnet \"$0\" check \"$1\" --format \"$2\" | true; exit \"${PIPESTATUS[0]}\"", ToolPath, _site.Root, format })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("spoilergen: error: the report could not be written to standard output", line);
    }

    /// <summary>
    /// With both streams on a full disk there is no line to print: the exit code says it, a usage error's as any other's
    /// (it was 1 where the message could not be written). It aborted (134) before.
    /// </summary>
    [Theory]
    [InlineData("--version", 1)]
    [InlineData("check", 1)]
    [InlineData("--no-such-option", 2)]
    public void With_standard_output_and_error_both_unwritable_it_exits_with_its_code_without_aborting(string command, int expectedExitCode)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-c", "dotnet \"$0\" $1 \"$2\" >/dev/full 2>/dev/full", ToolPath, command, _site.Root })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(expectedExitCode, process.ExitCode);
    }

    /// <summary>
    /// A closed standard output's number was taken by the runtime's own pipe: the command printed "Access to the path is
    /// denied" after building, and with standard error closed too the runtime killed it by a signal (exit 186).
    /// </summary>
    [Theory]
    [InlineData("build", ">&-")]
    [InlineData("check", ">&-")]
    [InlineData("build", ">&- 2>&-")]
    public void A_command_whose_standard_output_is_closed_does_nothing_and_says_so_where_it_can(string command, string redirection)
    {
        using var site = new TestSite(episodeCount: 3).WritePage("a.md", "title: A", "Text.");
        for (var run = 0; run < 3; run++)
        {
            var (exitCode, error) = RunInBash($"dotnet \"$0\" {command} \"$1\" {redirection}", site.Root);

            Assert.Equal(2, exitCode);
            if (redirection.Contains("2>&-")) Assert.Equal("", error);
            else Assert.Equal("spoilergen: error: standard output is closed; give the command somewhere to write (>/dev/null to discard what it prints)", error.TrimEnd('\n'));
            Assert.False(Directory.Exists(Path.Combine(site.Root, "public")));
        }
    }

    [Fact]
    public void A_full_disk_behind_standard_output_is_named_as_standard_output()
    {
        using var site = new TestSite(episodeCount: 3).WritePage("a.md", "title: A", "Text.");

        var (exitCode, error) = RunInBash("dotnet \"$0\" build \"$1\" >/dev/full", site.Root);

        Assert.Equal(1, exitCode);
        Assert.Equal("spoilergen: error: standard output could not be written: No space left on device", error.TrimEnd('\n'));
    }

    private static (int ExitCode, string Error) RunInBash(string script, string siteRoot)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-c", script, ToolPath, siteRoot }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }

    [Fact]
    public void Names_that_differ_only_in_normalization_or_case_are_one_error_naming_both()
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage("caf\u00E9.md", "title: Composed", "NFC.")
            .WritePage("cafe\u0301.md", "title: Decomposed", "NFD.")
            .WritePage("Rooftop.md", "title: Upper", "Upper.")
            .WritePage("rooftop.md", "title: Lower", "Lower.")
            .WritePage("links.md", "title: Links", "[a](caf\u00E9.md) [b](cafe\u0301.md) [c](Rooftop.md) [d](rooftop.md)");

        var result = site.Build();

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(FileNameCollision, e.Code));
        var normalization = Assert.Single(errors, e => e.Message.Contains("NFD", StringComparison.Ordinal));
        Assert.EndsWith("content/caf\u00E9.md", normalization.Position.Path.Normalize(NormalizationForm.FormC), StringComparison.Ordinal);
        Assert.Contains("caf", normalization.Message);
        var caseOnly = Assert.Single(errors, e => e.Message.Contains("differ only in case", StringComparison.Ordinal));
        Assert.EndsWith("content/rooftop.md", caseOnly.Position.Path, StringComparison.Ordinal);
        Assert.Contains("content/Rooftop.md", caseOnly.Message);
    }

    /// <summary>
    /// A folder without <c>_index.md</c> is a page too; when its URL is a page's, the error names both by paths that exist
    /// from where the command runs (attack 14, #04: the folder was named <c>content/a</c>, relative to the site folder).
    /// </summary>
    [Fact]
    public void A_page_and_a_folder_with_one_url_are_named_by_paths_that_exist()
    {
        using var site = new TestSite(episodeCount: 2).WritePage("a.md", "title: A", "Page.").WritePage("a/b.md", "title: B", "Inside.");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DuplicateUrl, error.Code);
        Assert.True(Path.Exists(error.Position.Path), $"{error.Position.Path} does not exist");
        Assert.True(Path.Exists(error.Message.Split(" is also the URL of ")[1].Split(';')[0]), error.Message);
    }

    [Fact]
    public void Static_files_and_templates_whose_names_collide_are_one_error_each_naming_both()
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage("a.md", "title: A", "A.")
            .WriteFile("static/images/Poster.png", "upper")
            .WriteFile("static/images/poster.png", "lower")
            .WriteFile("static/caf\u00E9.txt", "composed")
            .WriteFile("static/cafe\u0301.txt", "decomposed")
            .WriteFile("templates/partials/Footer.html", "<footer>upper</footer>")
            .WriteFile("templates/partials/footer.html", "<footer>lower</footer>");

        var result = site.Build();

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal(FileNameCollision, e.Code));
        Assert.Contains(errors, e => e.Position.Path.EndsWith("static/images/poster.png", StringComparison.Ordinal) && e.Message.Contains("static/images/Poster.png", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Position.Path.EndsWith("templates/partials/footer.html", StringComparison.Ordinal) && e.Message.Contains("differ only in case", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("NFD", StringComparison.Ordinal) && e.Position.Path.Contains("static/caf", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void One_duplicate_url_is_one_error_without_false_missing_page_errors()
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage("a.md", "title: A", "A.")
            .WritePage("b.md", "title: B\nslug: a", "B.")
            .WritePage("hash.md", "title: Hash\nslug: '#'", "Hash.")
            .WritePage("links.md", "title: Links", "[a](a.md) [b](b.md) [h](hash.md) and [gone](missing.md)");

        var errors = site.Build().Diagnostics.Where(d => d.IsError).ToList();

        Assert.Equal([EmptySlug, LinkTargetMissing, DuplicateUrl], errors.Select(e => e.Code).Order(StringComparer.Ordinal));
        Assert.Contains("missing.md", Assert.Single(errors, e => e.Code == LinkTargetMissing).Message);
    }
}
