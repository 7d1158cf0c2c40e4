using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace SpoilerGen.Markup.Reading;

/// <summary>
/// The first level at which each footnote is shown. A footnote is written once and shown only where a
/// reference to it is shown, and never before the place it is written in: its level is the higher of the
/// level of that place and the lowest level of a reference to it (a reference inside another footnote
/// counts from that footnote's level). Walkers then see a footnote's content at that level.
/// </summary>
public static class FootnoteLevels
{
    /// <summary>The level of a footnote never referenced where it could be shown: no tree shows it.</summary>
    public const int Never = int.MaxValue;

    public static void Assign(MarkdownDocument document)
    {
        if (GroupOf(document) is not { } group) return;
        var regions = new RevealRegions(document);
        var footnotes = group.OfType<Footnote>().ToList();
        var written = footnotes.ToDictionary(footnote => footnote, footnote => regions.LevelAt(footnote.Span.Start));
        var shownFrom = footnotes.ToDictionary(footnote => footnote, _ => Never);

        bool Lower(FootnoteLink reference, int level)
        {
            if (!shownFrom.TryGetValue(reference.Footnote, out var current)) return false;
            var candidate = Math.Max(written[reference.Footnote], level);
            if (candidate >= current) return false;
            shownFrom[reference.Footnote] = candidate;
            return true;
        }

        foreach (var (reference, level) in ReferencesInBody(document)) Lower(reference, level);
        // A footnote referenced only from another footnote is shown from that one's level; each pass settles at least one.
        for (var pass = 0; pass < footnotes.Count; pass++)
        {
            var changed = false;
            foreach (var footnote in footnotes.Where(footnote => shownFrom[footnote] != Never))
            {
                foreach (var (reference, level) in ReferencesIn(footnote, shownFrom[footnote])) changed |= Lower(reference, level);
            }
            if (!changed) break;
        }
        foreach (var footnote in footnotes)
        {
            footnote.SetData(typeof(FootnoteLevels), shownFrom[footnote]);
            footnote.SetData(typeof(RevealRegions), written[footnote]);
        }
    }

    /// <summary>The first level that shows the footnote (<see cref="Never"/> when none does).</summary>
    public static int ShownFrom(Footnote footnote) => footnote.GetData(typeof(FootnoteLevels)) is int level ? level : 0;

    /// <summary>The level of the place in the source where the footnote is written.</summary>
    public static int WrittenAt(Footnote footnote) => footnote.GetData(typeof(RevealRegions)) is int level ? level : 0;

    public static FootnoteGroup? GroupOf(MarkdownDocument document) => document.OfType<FootnoteGroup>().FirstOrDefault();

    /// <summary>The references (not Markdig's back links) outside the footnotes, in reading order, with the level each is shown from.</summary>
    public static IEnumerable<(FootnoteLink Reference, int Level)> ReferencesInBody(MarkdownDocument document)
    {
        var found = new List<(FootnoteLink, int)>();
        foreach (var block in document.Where(block => block is not FootnoteGroup)) Collect(block, 0, found);
        return found;
    }

    /// <summary>The references inside a footnote's own text, each shown from at least <paramref name="level"/>.</summary>
    public static IEnumerable<(FootnoteLink Reference, int Level)> ReferencesIn(Footnote footnote, int level)
    {
        var found = new List<(FootnoteLink, int)>();
        foreach (var block in footnote) Collect(block, level, found);
        return found;
    }

    private static void Collect(Block block, int level, List<(FootnoteLink, int)> found) =>
        Model.RevealWalker.Walk(block, level, (node, nodeLevel) =>
        {
            if (node is FootnoteLink { IsBackLink: false } reference) found.Add((reference, nodeLevel));
        });
}
