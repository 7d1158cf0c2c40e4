using CsCheck;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Properties;

/// <summary>
/// The central promise, checked on random sites: no file of the tree for checkpoint k holds any
/// text from past k, and no file at the root holds any text from past checkpoint 0.
/// </summary>
public sealed partial class SpoilerLeakPropertyTests
{
    /// <summary>Iterations per run; CI may raise it with SPOILERGEN_PROPERTY_ITERATIONS.</summary>
    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable("SPOILERGEN_PROPERTY_ITERATIONS"), out var configured) ? configured : 200;

    [Fact]
    public void No_tree_holds_a_marker_from_past_its_checkpoint()
    {
        SiteSpecGenerators.Site.Sample(spec =>
        {
            using var generated = new GeneratedSite(spec);
            var result = generated.Site.Build();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var treeIndexByPath = TreeIndexByPath(generated.Site);

            foreach (var (path, text) in generated.Site.FilesUnder())
            {
                var slash = path.IndexOf('/');
                var folder = slash < 0 ? "" : path[..(slash + 1)];
                // Root files (chooser, levels.json, assets, static copies) are read before any episode.
                var checkpoint = treeIndexByPath.GetValueOrDefault(folder, 0);
                foreach (var (marker, level) in generated.Markers)
                {
                    if (level > checkpoint && text.Contains(marker, StringComparison.Ordinal))
                    {
                        Assert.Fail($"{path} (checkpoint {checkpoint}) holds {marker}, which may only show from {level}\n{generated.Describe()}");
                    }
                }
            }

            // A shared link or a search result reaches readers at any episode: those tags show only the
            // page's first form, whatever tree they are printed in.
            foreach (var (path, text) in generated.Site.FilesUnder().Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
            {
                var slash = path.IndexOf('/');
                var firstCheckpoint = slash < 0 ? 0 : generated.FirstCheckpointOf(path[(slash + 1)..]);
                foreach (var tag in ShareAndSearchTags().Matches(text).Select(match => match.Value))
                {
                    foreach (var (marker, level) in generated.Markers.Where(m => m.Value > firstCheckpoint))
                    {
                        Assert.False(tag.Contains(marker, StringComparison.Ordinal),
                            $"{path}: {tag} holds {marker} (level {level}), past the page's first checkpoint {firstCheckpoint}\n{generated.Describe()}");
                    }
                }
            }

            // The check is only meaningful if shown markers do reach the output: every marker but a
            // comment's appears in the tree built for the checkpoint from which it may show.
            var treeTexts = treeIndexByPath.ToDictionary(
                pair => pair.Value,
                pair => string.Concat(generated.Site.FilesUnder(pair.Key).Select(f => f.Text)));
            foreach (var (marker, level) in generated.Markers.Where(m => m.Value != GeneratedSite.Never))
            {
                Assert.True(treeTexts.TryGetValue(level, out var treeText), $"no tree for checkpoint {level}, where {marker} first shows");
                Assert.True(treeText.Contains(marker, StringComparison.Ordinal), $"{marker} never appears in the tree for checkpoint {level}\n{generated.Describe()}");
            }
        }, iter: Iterations);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<meta (property|name)=\"(og:[a-z_:]+|twitter:[a-z_:]+|description)\" content=\"[^\"]*\">|<link rel=\"canonical\" href=\"[^\"]*\">")]
    private static partial System.Text.RegularExpressions.Regex ShareAndSearchTags();

    private static Dictionary<string, int> TreeIndexByPath(TestSite site) =>
        System.Text.Json.JsonDocument.Parse(site.Read("levels.json")).RootElement.EnumerateArray()
            .GroupBy(level => level.GetProperty("path").GetString()!)
            .ToDictionary(group => group.Key, group => group.Min(level => level.GetProperty("index").GetInt32()));
}
