using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SpoilerGen.Scaffold;
using SpoilerGen.Testing;
using Xunit.Abstractions;

namespace SpoilerGen.PublishTests;

/// <summary>
/// The Pages workflow that <c>spoilergen new</c> writes, run step by step as far as it runs off GitHub:
/// its own <c>run:</c> scripts, in a new guide, with the tool restored from its pinned manifest out of
/// a local package folder made by <c>dotnet pack</c>. The <c>uses:</c> steps are what GitHub provides:
/// the checkout is the guide, .NET is this machine's, configure-pages reports a project site's URL,
/// and what the upload steps would take is checked instead (the built site, the SARIF report against
/// the SARIF 2.1.0 schema).
/// </summary>
[Collection(PackedToolCollection.Name)]
public sealed class ScaffoldedWorkflowTests(PackedTool packed, ITestOutputHelper output)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(2);
    private const string PagesBaseUrl = "https://example.github.io/kingdom";

    [Fact]
    public async Task The_build_job_restores_the_pinned_tool_and_builds_for_the_pages_url_with_no_edit()
    {
        using var work = TemporaryFolder.OnDisk("workflow");
        var guide = NewGuide(work);
        var workflow = WorkflowFile.Load(Path.Combine(guide, ".github", "workflows", "pages.yml"));

        foreach (var step in workflow.Steps("build"))
        {
            switch (step.Uses?.Split('@')[0])
            {
                case "actions/checkout" or "actions/setup-dotnet" or "actions/configure-pages":
                    break;
                case "actions/upload-pages-artifact":
                    // It uploads _site/ when given no path: the guide built there, for the Pages URL.
                    var home = await File.ReadAllTextAsync(Path.Combine(guide, "_site", "index.html"));
                    Assert.Contains("href=\"/kingdom/", home);
                    Assert.True(File.Exists(Path.Combine(guide, "_site", "s01e01", "index.html")));
                    break;
                case null:
                    var result = await RunStep(step, guide, work);
                    Assert.True(result.ExitCode == 0, result.Describe());
                    break;
                default:
                    Assert.Fail($"the build job uses {step.Uses}, which this test does not know how to stand in for");
                    break;
            }
        }
        Assert.True(Directory.Exists(Path.Combine(guide, "_site")), "no step built the guide");
    }

    [Fact]
    public async Task The_pull_request_check_writes_sarif_valid_against_the_2_1_0_schema_with_the_line_of_the_spoiler()
    {
        using var work = TemporaryFolder.OnDisk("workflow");
        var guide = NewGuide(work);
        // A pull request that marks a phrase with an episode the series does not have: an error at its line.
        await File.AppendAllTextAsync(Path.Combine(guide, "content", "characters", "the-lead.md"), "\nLater [the lead dies]{spoiler=s09e99}.\n");
        var line = File.ReadAllLines(Path.Combine(guide, "content", "characters", "the-lead.md")).Length;
        var workflow = WorkflowFile.Load(Path.Combine(guide, ".github", "workflows", "pages.yml"));

        var checkFailed = false;
        foreach (var step in workflow.Steps("check"))
        {
            switch (step.Uses?.Split('@')[0])
            {
                case "actions/checkout" or "actions/setup-dotnet":
                    break;
                case "github/codeql-action/upload-sarif":
                    Assert.True(checkFailed, "the check passed a guide with an error");
                    AssertUploadableSarif(Path.Combine(guide, "spoilergen.sarif"), "content/characters/the-lead.md", line);
                    break;
                case null:
                    var result = await RunStep(step, guide, work);
                    if (step.Run!.Contains("spoilergen check", StringComparison.Ordinal)) checkFailed = result.ExitCode == 1;
                    else Assert.True(result.ExitCode == 0, result.Describe());
                    break;
                default:
                    Assert.Fail($"the check job uses {step.Uses}, which this test does not know how to stand in for");
                    break;
            }
        }
    }

    private string NewGuide(TemporaryFolder work)
    {
        Assert.True(packed.Pack!.ExitCode == 0, packed.Pack.Describe());
        var guide = work.Combine("kingdom");
        Assert.True(GuideScaffold.Create(guide, new ScaffoldOptions("Kingdom", [6, 6])).Succeeded);
        // Beside the guide's own files, as a repository's nuget.config would be: only the local packages.
        packed.WriteNuGetConfiguration(guide);
        return guide;
    }

    /// <summary>Runs a step's script as the runner does (bash -e -o pipefail), with its env and GitHub's expressions filled in.</summary>
    private async Task<CommandResult> RunStep(WorkflowStep step, string guide, TemporaryFolder work)
    {
        var expressions = new Dictionary<string, string> { ["${{ steps.pages.outputs.base_url }}"] = PagesBaseUrl };
        var environment = new Dictionary<string, string?>
        {
            // The restored tool goes into a package cache of this test's own, never the machine's.
            ["NUGET_PACKAGES"] = work.Combine("nuget-packages"),
            ["DOTNET_CLI_HOME"] = work.Combine("dotnet-home"),
        };
        foreach (var (name, value) in step.Environment)
        {
            var filled = expressions.Aggregate(value, (text, expression) => text.Replace(expression.Key, expression.Value, StringComparison.Ordinal));
            Assert.DoesNotContain("${{", filled);
            environment[name] = filled;
        }
        Assert.DoesNotContain("${{", step.Run!);
        var result = await new CommandRunner(environment).RunAsync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step.Run!], guide, StepTimeout);
        output.WriteLine($"step '{step.Name}': exit {result.ExitCode}\n{result.Output}");
        return result;
    }

    private static void AssertUploadableSarif(string path, string uri, int line)
    {
        var schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));
        var text = File.ReadAllText(path);
        var evaluation = schema.Evaluate(JsonDocument.Parse(text).RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(evaluation.IsValid, "not valid SARIF 2.1.0: " + string.Join("; ",
            (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var report = JsonNode.Parse(text)!;

        // Code scanning places an annotation by the path from the repository's root and the line.
        var location = report["runs"]![0]!["results"]!.AsArray()
            .Select(result => result!["locations"]![0]!["physicalLocation"]!)
            .Single(physical => physical["artifactLocation"]!["uri"]!.GetValue<string>() == uri);
        Assert.Equal(line, location["region"]!["startLine"]!.GetValue<int>());
    }
}
