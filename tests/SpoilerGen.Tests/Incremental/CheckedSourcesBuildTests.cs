using SpoilerGen.Build;
using SpoilerGen.Diagnostics;
using SpoilerGen.Tests.Support;
using SpoilerGen.Write;

namespace SpoilerGen.Tests.Incremental;

/// <summary>
/// A build after an edit does not check again the spoiler markup of a source whose text an earlier build checked under
/// the same config and tool: it reports what that source reported then, so its warnings are a cold build's.
/// </summary>
public sealed class CheckedSourcesBuildTests
{
    private const string Unclosed = "Before.\n\n::: spoiler s01e02\nThe block is never closed.\n";

    [Fact]
    public void An_unchanged_page_warns_after_another_page_is_edited_exactly_as_in_a_cold_build()
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage("unclosed.md", "title: Unclosed", Unclosed)
            .WritePage("edited.md", "title: Edited", "Before the edit.\n");
        var options = new BuildOptions(site.Root, site.Output);
        var first = SiteBuilder.Build(options);
        Assert.True(first.Succeeded, string.Join("; ", first.Diagnostics));
        Assert.Contains(first.Diagnostics, d => d.Code == DiagnosticCodes.UnclosedSpoilerBlock && d.Position.Path.EndsWith("unclosed.md", StringComparison.Ordinal));

        site.WritePage("edited.md", "title: Edited", "After the edit.\n");
        var progress = new List<string>();
        var built = SiteBuilder.Build(options with { Progress = progress.Add });
        var cold = SiteBuilder.Render(options);

        Assert.Contains(progress, line => line.Contains("unchanged from the previous output", StringComparison.Ordinal) && !line.Contains("took 0 unchanged", StringComparison.Ordinal));
        Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), built.Diagnostics.Select(d => d.ToString()));
        foreach (var file in cold.Files!)
        {
            Assert.Equal(OutputFileBytes.Of(file), File.ReadAllBytes(Path.Combine(site.Output, file.RelativePath)));
        }
    }

    [Fact]
    public void An_unchanged_source_is_not_checked_again_and_an_edited_one_is()
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage("kept.md", "title: Kept", "Never edited.\n")
            .WritePage("edited.md", "title: Edited", "Before the edit.\n");
        var options = new BuildOptions(site.Root, site.Output);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        // What the cache says a source reported is what a build reports for that source while its text is unchanged.
        new OutputDisturber(site.Root, site.Output).ClaimFindingInCache();

        site.WritePage("edited.md", "title: Edited", Unclosed);
        var built = SiteBuilder.Build(options);

        Assert.True(built.Succeeded, string.Join("; ", built.Diagnostics));
        Assert.Contains(built.Diagnostics, d => d.Code == "SG0999");
        Assert.Contains(built.Diagnostics, d => d.Code == DiagnosticCodes.UnclosedSpoilerBlock && d.Position.Path.EndsWith("edited.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_build_after_an_edit_parses_only_the_edited_source_and_builds_what_a_cold_build_does()
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage("kept.md", "title: { start: Kept, s01e02: Kept again }\ntags: [Alpha, { name: Beta, spoiler: s01e03 }]\ndate: 2024-05-01T10:00:00+02:00",
                "# A heading\n\nSee [the edited page](edited.md).\n\nShown [later]{spoiler=s01e02}.\n")
            .WritePage("edited.md", "title: Edited\nsummary: Before", "Before the edit, see [kept](kept.md).\n");
        var options = new BuildOptions(site.Root, site.Output);
        var first = SiteBuilder.Build(options);
        Assert.True(first.Succeeded, string.Join("; ", first.Diagnostics));

        site.WritePage("edited.md", "title: Edited\nsummary: Before", "After the edit, see [kept](kept.md).\n");
        var progress = new List<string>();
        var built = SiteBuilder.Build(options with { Progress = progress.Add });
        var cold = SiteBuilder.Render(options);

        Assert.Contains("parsed the bodies of 1 of 2 sources", progress.Where(line => line.StartsWith("parsed", StringComparison.Ordinal)));
        Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), built.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(cold.Files!.Select(file => file.RelativePath).Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Where(path => Path.GetFileName(path) != OutputMarker.FileName).Select(path => Path.GetRelativePath(site.Output, path).Replace('\\', '/')).Order(StringComparer.Ordinal));
        foreach (var file in cold.Files!)
        {
            Assert.Equal(OutputFileBytes.Of(file), File.ReadAllBytes(Path.Combine(site.Output, file.RelativePath)));
        }
    }
}
