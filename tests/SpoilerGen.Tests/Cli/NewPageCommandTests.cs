using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Cli;

/// <summary>
/// <c>spoilergen new page PATH [--spoiler EPISODE]</c> (and Hugo's <c>new content</c>) as an author meets it:
/// a page with the guide's front matter that builds at once, and one clear line on every failure.
/// </summary>
public sealed class NewPageCommandTests
{
    [Fact]
    public void Writes_a_page_hidden_until_its_episode_that_builds()
    {
        using var site = new TestSite(episodeCount: 6);
        site.WritePage("_index.md", "title: Home", "Hello.");

        var (exitCode, output, error) = ToolProcess.RunIn(site.Root, "new", "page", "characters/nam-ra.md", "--spoiler", "s01e05");

        Assert.Equal("", error);
        Assert.Equal(0, exitCode);
        Assert.Equal($"Created {Path.Combine("content", "characters", "nam-ra.md")}, hidden until s01e05.", output.Trim());
        var text = File.ReadAllText(Path.Combine(site.Root, "content", "characters", "nam-ra.md"));
        Assert.StartsWith("---\ntitle: \"Nam Ra\"\n", text);
        Assert.Contains("\nspoiler: s01e05\n", text);

        var build = site.Build();
        Assert.False(build.Diagnostics.Any(d => d.IsError), string.Join("\n", build.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "s01e05", "characters", "nam-ra", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "s01e04", "characters", "nam-ra")));
    }

    [Fact]
    public void Hugo_new_content_with_a_content_path_and_no_extension_writes_a_page_everyone_sees()
    {
        using var site = new TestSite(episodeCount: 6);

        var (exitCode, _, error) = ToolProcess.Run("new", "content", "content/places/hyosan-high", "--site", site.Root);

        Assert.Equal("", error);
        Assert.Equal(0, exitCode);
        var text = File.ReadAllText(Path.Combine(site.Root, "content", "places", "hyosan-high.md"));
        Assert.StartsWith("---\ntitle: \"Hyosan High\"\n# ", text);
        Assert.DoesNotContain("\nspoiler:", text);
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("an episode the guide does not have", "--spoiler", "s09e01", "spoilergen: error: --spoiler 's09e01' is not an episode of this guide; episodes run from 's01e01' to 's01e06'")]
    [InlineData("a path out of content/", "path", "../spoilergen.md", "spoilergen: error: '../spoilergen.md' leads out of content/; give a path inside it, such as characters/nam-ra.md")]
    [InlineData("an absolute path", "path", "/tmp/x.md", "spoilergen: error: '/tmp/x.md' is not a page's path under content/, such as characters/nam-ra.md")]
    [InlineData("another extension", "path", "notes.txt", "spoilergen: error: 'notes.txt' is not a page's path under content/, such as characters/nam-ra.md")]
    // The build's own rules and words: new page never makes a page the build then refuses.
    [InlineData("a name with no letter", "path", "#", "spoilergen: error: SG0106: the file name '#' has no letter or digit to make the page's URL from; rename the file or give it a 'slug'")]
    [InlineData("a folder with no letter", "path", "%%/p", "spoilergen: error: SG0106: the folder name '%%' has no letter or digit to make the section's URL from; rename the folder")]
    [InlineData("a near-miss section file", "path", "index", "spoilergen: error: SG0123: 'index.md' is not read as its folder's section file: name it '_index.md' (lower case, with the underscore), so that its title and spoiler level apply to the folder")]
    [InlineData("a page where tag pages go", "path", "tags/x", "spoilergen: error: SG0303: the URL '/tags/x/' is where SpoilerGen writes tag pages; give the page or folder another name")]
    [InlineData("an escape character", "path", "f\u001B[31mred", "spoilergen: error: SG0109: the control character U+001B cannot be published (no feed or sitemap may hold it); remove it from the name")]
    [InlineData("a control character", "path", "e\u0001", "spoilergen: error: SG0109: the control character U+0001 cannot be published (no feed or sitemap may hold it); remove it from the name")]
    [InlineData("a newline, which would break the title's YAML", "path", "g\nh", "spoilergen: error: SG0109: the control character U+000A cannot be published (no feed or sitemap may hold it); remove it from the name")]
    // A translation into a language SpoilerGen knows but the site lacks: every build after it failed (attack 7, #02).
    [InlineData("a translation into a language the site does not have", "path", "p.ko.md", "spoilergen: error: SG0712: the file is named as a translation into 'ko', which is not one of the site's languages (en): add 'ko' under 'languages:' in spoilergen.yml, or rename the file")]
    [InlineData("a space before the name, which the shell's quotes kept", "path", " sp.md", "spoilergen: error: ' sp.md' has a name with white space at its start or end (' sp.md'), which would be part of the file's name; remove it")]
    [InlineData("a space after the extension", "path", "sp.md ", "spoilergen: error: 'sp.md ' has a name with white space at its start or end ('sp.md '), which would be part of the file's name; remove it")]
    [InlineData("a folder ending in a tab", "path", "people\t/sp", "spoilergen: error: SG0109: the control character U+0009 cannot be published (no feed or sitemap may hold it); remove it from the name")]
    [InlineData("a folder ending in a no-break space", "path", "people\u00A0/sp", "spoilergen: error: 'people\u00A0/sp' has a name with white space at its start or end ('people\u00A0'), which would be part of the file's name; remove it")]
    // Printed one to one, as build prints names: the backslash doubled.
    [InlineData("a backslash", "path", "x\\y", "spoilergen: error: 'x\\\\y' holds a backslash, which the build reads as part of a file's name, not between folders: write folders with '/', such as characters/nam-ra.md")]
    public void Refuses_with_one_line_and_writes_nothing(string what, string kind, string value, string expected)
    {
        using var site = new TestSite(episodeCount: 6);
        var before = Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Length;
        string[] arguments = kind == "path" ? ["new", "page", value] : ["new", "page", "nam-ra.md", kind, value];

        var (exitCode, output, error) = ToolProcess.RunIn(site.Root, arguments);

        Assert.True(exitCode == 2, what);
        Assert.Equal("", output);
        Assert.Equal(expected, error.TrimEnd());
        Assert.Equal(before, Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Refuses_an_existing_page_and_leaves_it_as_it_was()
    {
        using var site = new TestSite(episodeCount: 2);
        site.WriteFile("content/nam-ra.md", "---\ntitle: Mine\n---\nMy text.\n");

        var (exitCode, _, error) = ToolProcess.RunIn(site.Root, "new", "page", "nam-ra.md");

        Assert.Equal(2, exitCode);
        Assert.Equal($"spoilergen: error: {Path.Combine("content", "nam-ra.md")} already exists; give another path, or edit that page", error.TrimEnd());
        Assert.Equal("---\ntitle: Mine\n---\nMy text.\n", File.ReadAllText(Path.Combine(site.Root, "content", "nam-ra.md")));
    }

    [Fact]
    public void Refuses_a_page_whose_url_is_a_section_s_that_exists_as_the_build_would()
    {
        using var site = new TestSite(episodeCount: 2);
        site.WriteFile("content/characters/_index.md", "---\ntitle: Characters\n---\nAll of them.\n");

        var (exitCode, output, error) = ToolProcess.RunIn(site.Root, "new", "page", "characters");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"spoilergen: error: SG0303: this page's URL '/characters/' would also be the URL of {Path.Combine("content", "characters", "_index.md")}; give the page another name", error.TrimEnd());
        Assert.False(File.Exists(Path.Combine(site.Root, "content", "characters.md")));
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Prints_a_name_with_a_bidirectional_control_escaped_as_build_does()
    {
        using var site = new TestSite(episodeCount: 2);

        var (exitCode, output, error) = ToolProcess.RunIn(site.Root, "new", "page", "a\u202Eb");

        Assert.Equal("", error);
        Assert.Equal(0, exitCode);
        Assert.Equal($"Created {Path.Combine("content", "a")}\\u202Eb.md.", output.Trim());
        Assert.True(File.Exists(Path.Combine(site.Root, "content", "a\u202Eb.md")));
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Refuses_a_folder_that_leads_out_of_the_site_through_a_symlink()
    {
        using var site = new TestSite(episodeCount: 2);
        using var outside = new SpoilerGen.Testing.TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(site.Root, "content"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content", "elsewhere"), outside.Path);

        var (exitCode, _, error) = ToolProcess.RunIn(site.Root, "new", "page", "elsewhere/x.md");

        Assert.Equal(2, exitCode);
        Assert.Equal("spoilergen: error: 'elsewhere/x.md' leads out of the site folder through a symlink; give a path inside content/", error.TrimEnd());
        Assert.Empty(Directory.GetFiles(outside.Path));
    }

    [Fact]
    public void With_no_guide_here_it_says_so_like_build()
    {
        using var folder = new SpoilerGen.Testing.TemporaryFolder();

        var (exitCode, _, error) = ToolProcess.RunIn(folder.Path, "new", "page", "x.md");

        Assert.Equal(1, exitCode);
        Assert.Contains("error SG0001: no spoilergen.yml in", error);
        Assert.False(File.Exists(Path.Combine(folder.Path, "content", "x.md")));
    }

    [Fact]
    public void New_site_still_makes_a_guide_and_help_shows_page()
    {
        using var folder = new SpoilerGen.Testing.TemporaryFolder();
        Assert.Equal(0, ToolProcess.Run("new", folder.Combine("guide")).ExitCode);
        Assert.True(File.Exists(folder.Combine("guide", "spoilergen.yml")));

        var (exitCode, output, _) = ToolProcess.Run("new", "--help");
        Assert.Equal(0, exitCode);
        Assert.Contains("page", output);
    }
}
