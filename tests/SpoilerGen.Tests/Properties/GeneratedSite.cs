using System.Text;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Properties;

/// <summary>
/// Writes a <see cref="SiteSpec"/> as a real site, putting a unique marker word in every place that can
/// spoil, and remembers the level from which each marker may be shown.
/// </summary>
public sealed class GeneratedSite : IDisposable
{
    /// <summary>Comments are never shown; their markers get a level no tree reaches.</summary>
    public const int Never = int.MaxValue;

    private readonly Dictionary<string, int> _markers = [];
    private int _nextMarker;

    public GeneratedSite(SiteSpec spec)
    {
        Spec = spec;
        Site = new TestSite(spec.EpisodeCount, i => spec.TitledEpisodes[i - 1] ? Marker(i) : null);
        for (var i = 0; i < spec.Pages.Length; i++) WritePage(i);
    }

    public SiteSpec Spec { get; }

    public TestSite Site { get; }

    /// <summary>Each marker and the checkpoint from which it may appear.</summary>
    public IReadOnlyDictionary<string, int> Markers => _markers;

    private string Marker(int level)
    {
        // Letters and digits only, so a marker survives slugs, ids and escaping unchanged.
        var marker = $"zq{_nextMarker++}mark";
        _markers[marker] = level;
        return marker;
    }

    private static string Id(int level) => level == 0 ? "start" : $"s01e{level:00}";

    private void WritePage(int index)
    {
        var page = Spec.Pages[index];
        var slugMarker = Marker(page.Level);
        var folder = page.InSection ? "section/" : "";
        var frontMatter = new StringBuilder();
        frontMatter.AppendLine($"slug: p{index}-{slugMarker}");
        frontMatter.AppendLine($"image: /images/{Marker(page.Level)}.png");
        if (page.Level > 0) frontMatter.AppendLine($"spoiler: {Id(page.Level)}");
        AppendProgressive(frontMatter, "title", page.TitleLevels, page.Level);
        AppendProgressive(frontMatter, "summary", page.SummaryLevels, page.Level);
        if (page.TagLevels.Length > 0)
        {
            frontMatter.AppendLine("tags:");
            foreach (var level in page.TagLevels)
            {
                frontMatter.AppendLine($"  - {{ name: {Marker(Math.Max(level, page.Level))}, spoiler: {Id(level)} }}");
            }
        }

        var body = new StringBuilder();
        foreach (var item in page.Body) AppendItem(body, item, page.Level, index, rank: 2);
        Site.WritePage($"{folder}p{index}.md", frontMatter.ToString(), body.ToString());
    }

    private void AppendProgressive(StringBuilder frontMatter, string key, int[] levels, int pageLevel)
    {
        frontMatter.AppendLine($"{key}:");
        for (var i = 0; i < levels.Length; i++)
        {
            // A value replaced before its page even exists is never shown to anyone.
            var shownFrom = Math.Max(levels[i], pageLevel);
            var replacedAtOnce = i + 1 < levels.Length && levels[i + 1] <= pageLevel;
            frontMatter.AppendLine($"  {Id(levels[i])}: Words {Marker(replacedAtOnce ? Never : shownFrom)}");
        }
    }

    private void AppendItem(StringBuilder body, BodyItem item, int level, int pageIndex, int rank)
    {
        switch (item)
        {
            case ParagraphItem { PhraseLevel: null }:
                body.AppendLine($"Plain {Marker(level)} text.").AppendLine();
                break;
            case ParagraphItem { PhraseLevel: { } phrase }:
                body.AppendLine($"Before {Marker(level)} [inside *{Marker(Math.Max(level, MarkupLevel(phrase)))}*]{{spoiler={Id(MarkupLevel(phrase))}}} after.").AppendLine();
                break;
            case ImageItem image:
                var imageLevel = Math.Max(level, MarkupLevel(image.Level));
                body.AppendLine($"::: spoiler {Id(MarkupLevel(image.Level))}")
                    .AppendLine($"![Alt {Marker(imageLevel)}](/images/{Marker(imageLevel)}.png)")
                    .AppendLine(":::").AppendLine();
                break;
            case LinkItem link:
                var target = link.TargetPage % Spec.Pages.Length;
                var targetFolder = Spec.Pages[target].InSection ? "section/" : "";
                var ownFolder = Spec.Pages[pageIndex].InSection ? "../" : "";
                var linkLevel = Math.Max(level, MarkupLevel(link.Level));
                body.AppendLine($"::: spoiler {Id(MarkupLevel(link.Level))}")
                    .AppendLine($"See [{Marker(linkLevel)} link]({ownFolder}{targetFolder}p{target}.md).")
                    .AppendLine(":::").AppendLine();
                break;
            case CommentItem:
                body.AppendLine($"<!-- {Marker(Never)} -->").AppendLine();
                break;
            case BlockItem block:
                body.AppendLine($"::: spoiler {Id(MarkupLevel(block.Level))}");
                foreach (var inner in block.Inner) AppendItem(body, inner, Math.Max(level, MarkupLevel(block.Level)), pageIndex, rank);
                body.AppendLine(":::").AppendLine();
                break;
            case SectionItem section:
                var sectionLevel = Math.Max(level, MarkupLevel(section.Level));
                var hashes = new string('#', rank);
                body.AppendLine($"{hashes} Heading {Marker(sectionLevel)} {{spoiler={Id(MarkupLevel(section.Level))}}}").AppendLine();
                foreach (var inner in section.Inner) AppendItem(body, inner, sectionLevel, pageIndex, rank + 1);
                // A plain heading of the same rank closes the section; it belongs to the enclosing level.
                body.AppendLine($"{hashes} After {Marker(level)}").AppendLine();
                break;
        }
    }

    /// <summary>Body markup always names an episode, so its lowest level is the first episode's.</summary>
    private static int MarkupLevel(int level) => Math.Max(level, 1);

    /// <summary>
    /// The checkpoint of a page's spoiler-free form, from its output path inside a tree: what its share
    /// and search engine tags may show. Home and tag pages exist from the start; the section from its first page.
    /// </summary>
    public int FirstCheckpointOf(string pathInTree)
    {
        var match = System.Text.RegularExpressions.Regex.Match(pathInTree, @"(^|/)p(?<page>\d+)-zq");
        if (match.Success) return Spec.Pages[int.Parse(match.Groups["page"].Value)].Level;
        if (pathInTree == "section/index.html") return Spec.Pages.Where(p => p.InSection).Min(p => p.Level);
        return 0;
    }

    /// <summary>The generated sources, for a failure message that shows what was built.</summary>
    public string Describe() => string.Join("\n", Directory.EnumerateFiles(Site.Root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(file => $"== {Path.GetRelativePath(Site.Root, file)}\n{File.ReadAllText(file)}"));

    public void Dispose() => Site.Dispose();
}
