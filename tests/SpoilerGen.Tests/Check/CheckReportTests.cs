using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SpoilerGen.Tests.Cli;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Check;

/// <summary>
/// <c>spoilergen check</c> run as a process from the site's folder, as a CI job runs it: both lints in each
/// of its three formats, the exit codes, and the SARIF report valid against the SARIF 2.1.0 schema.
/// </summary>
public sealed class CheckReportTests : IDisposable
{
    internal static readonly Lazy<JsonSchema> SarifSchema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Check", "Schemas", "sarif-schema-2.1.0.json")));

    private readonly TestSite _site = new TestSite(episodeCount: 12)
        .WritePage("_index.md", "title: Home", "Gwi-nam waits on the roof.")
        .WritePage("a.md", "title: A", "Nam-ra is here. [Then Gwi-nam bites her.]{spoiler=s01e05}")
        .WritePage("characters/b.md", "title: B", "See [the episodes](../episodes/).")
        .WritePage("episodes/_index.md", "title: Episodes", "All.");

    public void Dispose() => _site.Dispose();

    private (int ExitCode, string Output, string Error) Check(params string[] arguments) =>
        ToolProcess.RunIn(_site.Root, ["check", .. arguments]);

    [Fact]
    public void Text_prints_each_diagnostic_as_build_does_then_a_count()
    {
        var (exitCode, output, error) = Check();

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("content/_index.md(4,1): warning SG0601: 'Gwi-nam' is shown here from Not started, but content/a.md(4,23) marks it", lines[0]);
        Assert.StartsWith("content/characters/b.md(4,5): warning SG0602: link to '../episodes/'", lines[1]);
        Assert.Equal("Checked 5 pages in 13 trees: 0 errors, 2 warnings.", lines[2]);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "public")));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Warnings_fail_only_when_asked(string format)
    {
        Assert.Equal(0, Check("--format", format).ExitCode);
        Assert.Equal(1, Check("--format", format, "--warnings-as-errors").ExitCode);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exitCode, output, error) = Check("--format", "xml");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        // One line for the problem, one for where to read more: no list of values one a line.
        Assert.Equal(
            ["spoilergen: error: --format must be one of text, json, sarif (got 'xml')", "Run 'spoilergen --help' for usage."],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Json_holds_every_diagnostic_with_its_position()
    {
        var (exitCode, output, _) = Check("--format", "json");

        Assert.Equal(0, exitCode);
        var report = JsonNode.Parse(output)!;
        Assert.Equal(0, (int)report["errors"]!);
        Assert.Equal(2, (int)report["warnings"]!);
        var diagnostics = report["diagnostics"]!.AsArray();
        Assert.Equal(["SG0601", "SG0602"], diagnostics.Select(d => (string)d!["code"]!));
        var first = diagnostics[0]!;
        Assert.Equal("content/_index.md", (string)first["path"]!);
        Assert.Equal(4, (int)first["line"]!);
        Assert.Equal(1, (int)first["column"]!);
        Assert.Equal("warning", (string)first["severity"]!);
        Assert.StartsWith("'Gwi-nam' is shown here", (string)first["message"]!);
    }

    [Fact]
    public void Sarif_is_valid_SARIF_2_1_0_with_a_result_on_each_line()
    {
        var (exitCode, output, _) = Check("--format", "sarif");

        Assert.Equal(0, exitCode);
        AssertValidSarif(output);
        var run = JsonNode.Parse(output)!["runs"]![0]!;
        Assert.Equal("SpoilerGen", (string)run["tool"]!["driver"]!["name"]!);
        Assert.Equal(["SG0601", "SG0602"], run["tool"]!["driver"]!["rules"]!.AsArray().Select(r => (string)r!["id"]!));
        var results = run["results"]!.AsArray();
        Assert.Equal(["SG0601", "SG0602"], results.Select(r => (string)r!["ruleId"]!));
        var location = results[1]!["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("content/characters/b.md", (string)location["artifactLocation"]!["uri"]!);
        Assert.Equal(4, (int)location["region"]!["startLine"]!);
        Assert.Equal(5, (int)location["region"]!["startColumn"]!);
        Assert.Equal("warning", (string)results[1]!["level"]!);
    }

    [Theory]
    [InlineData("text", "content/c.md(3,10): error SG0103")]
    [InlineData("json", "\"severity\": \"error\"")]
    [InlineData("sarif", "\"level\": \"error\"")]
    public void Errors_exit_1_in_every_format(string format, string expected)
    {
        _site.WritePage("c.md", "title: C\nspoiler: s05e01", "x");

        var (exitCode, output, _) = Check("--format", format);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output);
        if (format == "sarif") AssertValidSarif(output);
    }

    [Fact]
    public void Sarif_from_another_folder_names_files_by_absolute_URI_and_stays_valid()
    {
        var (_, output, _) = ToolProcess.Run("check", _site.Root, "--format", "sarif");

        AssertValidSarif(output);
        var uri = (string)JsonNode.Parse(output)!["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!;
        Assert.StartsWith("file:///", uri);
        Assert.EndsWith("/content/_index.md", uri);
    }

    [Fact]
    public void The_schema_check_rejects_a_report_that_is_not_SARIF()
    {
        var (_, output, _) = Check("--format", "sarif");
        var broken = JsonNode.Parse(output)!.AsObject();
        broken["runs"]![0]!["results"]![0]!["level"] = "fatal";

        Assert.False(Evaluate(broken.ToJsonString()).IsValid);
    }

    private static void AssertValidSarif(string report)
    {
        var result = Evaluate(report);
        Assert.True(result.IsValid, "not valid SARIF 2.1.0: " + string.Join("; ",
            (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    private static EvaluationResults Evaluate(string report) =>
        SarifSchema.Value.Evaluate(JsonDocument.Parse(report).RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
}
