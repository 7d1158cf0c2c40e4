using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Cli;

/// <summary>The command line as a user meets it: a real process, its output and its exit code.</summary>
public sealed class CliTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] arguments) => ToolProcess.Run(arguments);

    [Fact]
    public void Version_prints_the_package_version()
    {
        var (exitCode, output, _) = Run("--version");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?\s*$", output);
    }

    [Fact]
    public void Build_help_lists_its_options()
    {
        var (exitCode, output, _) = Run("build", "--help");

        Assert.Equal(0, exitCode);
        foreach (var option in new[] { "--output", "-o", "--base-url", "--drafts" }) Assert.Contains(option, output);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var (exitCode, _, error) = Run("build", "--colour");

        Assert.Equal(2, exitCode);
        Assert.Contains("--colour", error);
    }

    [Fact]
    public void A_successful_build_says_what_it_did_in_one_line()
    {
        using var site = new TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hi.");
        var (exitCode, output, error) = Run("build", site.Root, "-o", site.Output);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Matches(@"^Built 1 pages into 3 trees \(\d+ files\) in .+ in \d+ ms\.\s*$", output);
    }

    [Fact]
    public void Content_errors_are_printed_with_their_position_and_exit_1()
    {
        using var site = new TestSite(episodeCount: 2).WritePage("a.md", "title: A\nspoiler: s05e01", "x");
        var (exitCode, _, error) = Run("build", site.Root, "-o", site.Output);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"a\.md\(3,10\): error SG0103: unknown episode 's05e01'", error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_output_folder_inside_the_content_is_refused_with_exit_2()
    {
        using var site = new TestSite(episodeCount: 1).WritePage("a.md", "title: A", "x");
        var (exitCode, _, error) = Run("build", site.Root, "-o", Path.Combine(site.Root, "content", "out"));

        Assert.Equal(2, exitCode);
        Assert.Contains("error SG0501", error);
    }

    [Fact]
    public void The_tool_takes_accents_out_of_urls_and_heading_ids_as_the_tests_do()
    {
        // The tool runs with invariant globalization, where string.Normalize does nothing: run it for real.
        using var site = new TestSite(episodeCount: 1).WritePage("café.md", "title: Café", "## Zürich\n\nText.");
        var (exitCode, _, error) = Run("build", site.Root, "-o", site.Output);

        Assert.True(exitCode == 0, error);
        Assert.Contains("<h2 id=\"zurich\">Zürich</h2>", site.Read("start/cafe/index.html"));
    }

    [Fact]
    public void Control_characters_in_a_file_name_are_printed_as_escapes_never_raw()
    {
        using var site = new TestSite(episodeCount: 1).WritePage("a\u001b[31mred\nfake.md(1,1): error SG9999: injected.md", "title: A", "[x](missing.md)");
        var (exitCode, _, error) = Run("build", site.Root, "-o", site.Output);

        Assert.Equal(1, exitCode);
        Assert.False(error.Contains('\u001b'), error);
        Assert.Contains("\\u001B[31mred\\u000Afake.md(1,1): error SG9999", error);
        Assert.DoesNotContain("\nfake.md", error);
    }
}
