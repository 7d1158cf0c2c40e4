using SpoilerGen.Tests.Support;
using SpoilerGen.Build;
using SpoilerGen.Check;
using SpoilerGen.Testing;

namespace SpoilerGen.Tests.Cli;

/// <summary><c>spoilergen new</c> as a new author meets it: a guide that builds at once, with no warning, and a folder of theirs never touched.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void A_new_guide_of_two_seasons_builds_and_checks_with_no_warnings()
    {
        using var folder = new TemporaryFolder();
        var guide = folder.Combine("kingdom");

        var (exitCode, output, error) = ToolProcess.Run("new", guide, "--title", "Kingdom: \"Ashin\"", "--episodes", "8,10");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains("18 episodes in 2 seasons", output);
        foreach (var file in new[] { "spoilergen.yml", "content/_index.md", "content/episodes/_index.md", "content/episodes/s02e10.md",
            "content/characters/the-lead.md", "static/images/screen.svg", ".github/workflows/pages.yml", ".config/dotnet-tools.json", ".gitignore" })
        {
            Assert.True(File.Exists(Path.Combine(guide, file)), $"new wrote no {file}");
        }
        Assert.Equal(18, Directory.GetFiles(Path.Combine(guide, "content", "episodes"), "s0*.md").Length);

        var build = SiteBuilder.Build(new BuildOptions(guide, folder.Combine("out")));
        Assert.Empty(build.Diagnostics);
        Assert.Equal(19, build.TreeCount);
        var chooser = File.ReadAllText(folder.Combine("out", "index.html"));
        Assert.Contains("<h2 id=\"season-2\">Season 2</h2>", chooser);
        Assert.Contains("Kingdom: &quot;Ashin&quot; — the spoiler-safe guide", chooser);

        Assert.Empty(SiteChecker.Check(new BuildOptions(guide)).Diagnostics);
    }

    /// <summary>Two seasons of 500 episodes passed Scriban's default of 1,000 loop iterations: an internal error, exit 70.</summary>
    [Fact]
    public void A_guide_of_999_episodes_over_two_seasons_is_written()
    {
        using var folder = new TemporaryFolder();
        var guide = folder.Combine("long");

        var (exitCode, output, error) = ToolProcess.Run("new", guide, "--episodes", "500,499");

        Assert.True(exitCode == 0, error);
        Assert.Contains("999 episodes in 2 seasons", output);
        Assert.Contains("- id: s02e499", File.ReadAllText(Path.Combine(guide, "spoilergen.yml")));
    }

    [Fact]
    public void The_character_page_uses_each_kind_of_spoiler_markup_and_each_shows_at_its_own_episode()
    {
        using var folder = new TemporaryFolder();
        var guide = folder.Combine("guide");
        Assert.Equal(0, ToolProcess.Run("new", guide, "--episodes", "8").ExitCode);

        var page = File.ReadAllText(Path.Combine(guide, "content", "characters", "the-lead.md"));
        Assert.Contains("::: spoiler s01e04", page);                        // block
        Assert.Contains("## What happens at the end {spoiler=s01e08}", page);  // heading section
        Assert.Contains("]{spoiler=s01e02}", page);                         // phrase
        Assert.Contains("  s01e04: The lead, who is not who they seem", page); // progressive title
        Assert.Contains("{ name: twist, spoiler: s01e08 }", page);          // leveled tag

        var build = SiteBuilder.Build(new BuildOptions(guide, folder.Combine("out")));
        Assert.Empty(build.Diagnostics);
        string Page(string tree) => File.ReadAllText(folder.Combine("out", tree, "characters", "the-lead", "index.html"));
        Assert.DoesNotContain("This phrase is shown", Page("start"));
        Assert.Contains("This phrase is shown", Page("s01e02"));
        Assert.DoesNotContain("who is not who they seem", Page("s01e03"));
        Assert.Contains("who is not who they seem", Page("s01e04"));
        Assert.DoesNotContain("twist", Page("s01e07"));
        Assert.Contains("twist", Page("s01e08"));
        Assert.Contains(">Episode 3<", File.ReadAllText(folder.Combine("out", "index.html")));
    }

    [Fact]
    public void The_workflow_needs_no_edit_it_restores_the_pinned_tool_builds_with_the_pages_url_and_checks_pull_requests()
    {
        using var folder = new TemporaryFolder();
        var guide = folder.Combine("guide");
        Assert.Equal(0, ToolProcess.Run("new", guide).ExitCode);

        var workflow = File.ReadAllText(Path.Combine(guide, ".github", "workflows", "pages.yml"));
        foreach (var step in new[] { "actions/checkout@v7", "dotnet tool restore", "actions/configure-pages@v6", "--base-url \"$BASE_URL/\"",
            "dotnet spoilergen check . --format sarif > spoilergen.sarif", "github/codeql-action/upload-sarif@v4", "security-events: write",
            "actions/upload-pages-artifact@v5", "actions/deploy-pages@v5", "id-token: write" })
        {
            Assert.Contains(step, workflow);
        }
        // Nothing to fill in: no owner, no placeholder of any kind.
        Assert.DoesNotContain("OWNER/", workflow);
        Assert.DoesNotMatch(@"uses: (?!actions/|github/codeql-action/)", workflow);

        // The tool the workflow restores is the version that wrote the guide.
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(guide, ".config", "dotnet-tools.json"))).RootElement;
        var tool = manifest.GetProperty("tools").GetProperty("spoilergen");
        Assert.Equal(SiteBuilder.Version, tool.GetProperty("version").GetString());
        Assert.Equal(["spoilergen"], tool.GetProperty("commands").EnumerateArray().Select(command => command.GetString()));

        Assert.Contains("public/", File.ReadAllLines(Path.Combine(guide, ".gitignore")));
        Assert.Contains("_site/", File.ReadAllLines(Path.Combine(guide, ".gitignore")));
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        using var folder = new TemporaryFolder();
        var mine = folder.Combine("mine");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "notes.md"), "my notes");

        var (exitCode, output, error) = ToolProcess.Run("new", mine);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Matches(@"^spoilergen: error: the folder '.*mine' is not empty; .*\n$", error);
        Assert.Equal(["notes.md"], Directory.EnumerateFileSystemEntries(mine).Select(Path.GetFileName));
        Assert.Equal("my notes", File.ReadAllText(Path.Combine(mine, "notes.md")));
    }

    [Theory]
    [InlineData("8,x", "is not a list of episode counts")]
    [InlineData("0", "1 to 999 episodes")]
    [InlineData("", "is not a list of episode counts")]
    public void Episode_counts_that_are_not_counts_are_a_usage_error_and_write_nothing(string episodes, string message)
    {
        using var folder = new TemporaryFolder();
        var guide = folder.Combine("guide");

        var (exitCode, _, error) = ToolProcess.Run("new", guide, "--episodes", episodes);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(guide));
    }

    /// <summary>A title the config or the home page would refuse made a guide that did not build (attack 10, #04).</summary>
    [Theory]
    [InlineData("[x]{spoiler=s01e01}", "looks like spoiler markup")]
    [InlineData(">!x!<", "Reddit's and Stack Exchange's spoiler")]
    [InlineData("Major spoiler: s01e05", "looks like spoiler markup")]
    [InlineData("LONG", "characters long; the guide's titles may hold 4,096")]
    public void A_title_the_guide_could_not_build_with_is_a_usage_error_and_writes_nothing(string title, string message)
    {
        using var folder = new TemporaryFolder();
        var guide = folder.Combine("guide");

        var (exitCode, _, error) = ToolProcess.Run("new", guide, "--title", title == "LONG" ? new string('a', 4_080) : title);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.False(Directory.Exists(guide));
    }
}
