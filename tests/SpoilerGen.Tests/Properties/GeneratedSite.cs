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
        Site = new TestSite(spec.EpisodeCount, i => spec.TitledEpisodes[i - 1] ? Marker(i) : null, rawHtml: true);
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
        if (page.Level > 0) frontMatter.AppendLine($"spoiler: {Id(page.Level)}");
        AppendProgressive(frontMatter, "title", page.TitleLevels, page.Level);
        AppendProgressive(frontMatter, "summary", page.SummaryLevels, page.Level);
        // A portrait that changes with the episode, as a summary does: its first form is also the share preview.
        AppendProgressive(frontMatter, "image", page.SummaryLevels, page.Level, ImagesPrefix);
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

    private const string ImagesPrefix = "/images/";

    private void AppendProgressive(StringBuilder frontMatter, string key, int[] levels, int pageLevel, string valuePrefix = "Words ")
    {
        frontMatter.AppendLine($"{key}:");
        for (var i = 0; i < levels.Length; i++)
        {
            // A value replaced before its page even exists is never shown to anyone.
            var shownFrom = Math.Max(levels[i], pageLevel);
            var replacedAtOnce = i + 1 < levels.Length && levels[i + 1] <= pageLevel;
            var marker = Marker(replacedAtOnce ? Never : shownFrom);
            frontMatter.AppendLine($"  {Id(levels[i])}: {valuePrefix}{marker}");
            // An image names a file of static/ (a missing one is an error, SG0408); its bytes hold no marker.
            if (valuePrefix == ImagesPrefix) Site.WriteFile($"static/images/{marker}", "GIF89a");
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
                var alt = Marker(imageLevel);
                var file = Marker(imageLevel);
                // A site-rooted image names a file of static/ (a missing one is an error, SG0408); its bytes hold no marker.
                Site.WriteFile($"static/images/{file}.png", "GIF89a");
                body.AppendLine($"::: spoiler {Id(MarkupLevel(image.Level))}")
                    .AppendLine($"![Alt {alt}](/images/{file}.png)")
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
            case DefinitionItem definition:
                var definitionLevel = Math.Max(level, MarkupLevel(definition.Level));
                var label = $"ref{_nextMarker}";
                body.AppendLine($"::: spoiler {Id(MarkupLevel(definition.Level))}")
                    .AppendLine($"See [the {Marker(definitionLevel)} page][{label}].").AppendLine()
                    .AppendLine($"[{label}]: https://example.com/{Marker(definitionLevel)} \"Title {Marker(definitionLevel)}\"")
                    .AppendLine(":::").AppendLine();
                break;
            case HtmlItem html:
                var htmlLevel = Math.Max(level, MarkupLevel(html.Level));
                body.AppendLine($"::: spoiler {Id(MarkupLevel(html.Level))}")
                    .AppendLine($"<div class=\"{Marker(htmlLevel)}\">")
                    .AppendLine($"<!-- {Marker(Never)} -->")
                    .AppendLine($"Text {Marker(htmlLevel)}")
                    .AppendLine("</div>").AppendLine()
                    .AppendLine($"<!-- {Marker(Never)} -->*{Marker(htmlLevel)}*").AppendLine()
                    .AppendLine(":::").AppendLine();
                break;
            case TableItem table:
                body.AppendLine("| Name | Fate |").AppendLine("|---|---|")
                    .AppendLine($"| {Marker(level)} | open |")
                    .AppendLine($"| [{Marker(Math.Max(level, MarkupLevel(table.Level)))}]{{spoiler={Id(MarkupLevel(table.Level))}}} | [{Marker(Math.Max(level, MarkupLevel(table.Level)))}]{{spoiler={Id(MarkupLevel(table.Level))}}} |")
                    .AppendLine();
                break;
            case ListItem list:
                // A line of text ends the list: a spoiler block between two lists is refused (SG0215).
                body.AppendLine($"- {Marker(level)}")
                    .AppendLine($"- [{Marker(Math.Max(level, MarkupLevel(list.Level)))}]{{spoiler={Id(MarkupLevel(list.Level))}}}")
                    .AppendLine()
                    .AppendLine("After the list.")
                    .AppendLine();
                break;
            case PhraseHeadingItem heading:
                var headingPhrase = $"[{Marker(Math.Max(level, MarkupLevel(heading.Level)))}]{{spoiler={Id(MarkupLevel(heading.Level))}}}";
                // A plain heading closes any section around it, so it is one rank below the sections here.
                body.AppendLine($"{new string('#', Math.Min(rank + 1, 6))} {(heading.AllHidden ? "" : $"Name {Marker(level)} ")}{headingPhrase}").AppendLine();
                break;
            case BareUrlPhraseItem url:
                body.AppendLine($"Open [see https://example.com/{Marker(Math.Max(level, MarkupLevel(url.Level)))}]{{spoiler={Id(MarkupLevel(url.Level))}}} text.").AppendLine();
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
