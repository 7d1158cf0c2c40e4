using System.Collections.Frozen;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Renderers;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Headings;

/// <summary>
/// Gives every heading of a document its id once, after parsing, so that a heading has the same id in
/// every tree (a shared link with a fragment lands on the same heading everywhere). A heading's id comes
/// from its text where it is first shown; ids are handed out level by level, so a heading shown later
/// never shapes the id of one shown earlier, and never takes an id the theme uses.
/// </summary>
public static class HeadingAnchors
{
    /// <summary>The ids the default theme writes on its own elements (a test keeps this list true).</summary>
    public static readonly FrozenSet<string> ThemeIds =
        new[] { "main", "continue", "search", "search-input", "search-results", "search-status", "not-found-links" }.ToFrozenSet();

    /// <summary>Gives each heading its id; a page of tens of thousands of headings stops at Ctrl+C between two.</summary>
    public static void Assign(MarkdownDocument document, CancellationToken cancellationToken = default)
    {
        var headings = new List<(HeadingBlock Heading, int Level, string Text, int Order)>();
        var htmlIds = new List<(string Id, int Level)>();
        Model.RevealWalker.Walk(document, 0, (node, level) =>
        {
            if (node is HtmlBlock or HtmlInline) htmlIds.AddRange(RawHtmlIds.In(node).Select(id => (id, level)));
            if (node is not HeadingBlock heading) return;
            cancellationToken.ThrowIfCancellationRequested();
            var firstShown = FirstLevelWithText(heading, level);
            headings.Add((heading, firstShown, VisibleText.Of(heading.Inline, firstShown), headings.Count));
        });

        var ids = new HeadingIdAllocator(ThemeIds);
        var anchors = new Dictionary<string, HeadingAnchor>(StringComparer.Ordinal);
        foreach (var (heading, level, text, _) in headings.OrderBy(h => h.Level).ThenBy(h => h.Order))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var anchor = new HeadingAnchor(ids.Allocate(text), level);
            heading.SetData(typeof(HeadingAnchor), anchor);
            anchors[anchor.Id] = anchor;
        }
        // An id written in raw HTML ('<a id="her-death">') is an anchor too, shown where its HTML is: a link to it
        // keeps its fragment only in the trees that show it, as a link to a heading does.
        foreach (var (id, level) in htmlIds)
        {
            if (!anchors.TryGetValue(id, out var existing) || existing.Level > level) anchors[id] = new HeadingAnchor(id, level);
        }
        document.SetData(typeof(HeadingAnchors), anchors.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The heading's anchor; every heading of a parsed document has one.</summary>
    public static HeadingAnchor Of(HeadingBlock heading) =>
        heading.GetData(typeof(HeadingAnchor)) as HeadingAnchor ?? throw new InvalidOperationException("Heading anchors are assigned when a document is parsed.");

    /// <summary>The anchors of a document's headings by id.</summary>
    public static IReadOnlyDictionary<string, HeadingAnchor> In(MarkdownDocument document) =>
        document.GetData(typeof(HeadingAnchors)) as IReadOnlyDictionary<string, HeadingAnchor> ?? FrozenDictionary<string, HeadingAnchor>.Empty;

    /// <summary>
    /// The level from which the heading is written at all: a heading that hiding empties is left out
    /// (see <see cref="CheckpointHeadingRenderer"/>) until its first phrase shows.
    /// </summary>
    private static int FirstLevelWithText(HeadingBlock heading, int level)
    {
        if (heading.Inline is null || !VisibleText.IsEmptiedByHiding(heading, level)) return level;
        var phraseLevels = heading.Inline.Descendants<SpoilerInline>().Select(phrase => phrase.Level).Where(l => l > level).Distinct().Order();
        foreach (var candidate in phraseLevels)
        {
            if (!VisibleText.IsEmptiedByHiding(heading, candidate)) return candidate;
        }
        return level;
    }
}
