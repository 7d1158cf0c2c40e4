using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace SpoilerGen.Markup.Reading;

/// <summary>
/// The footnotes one tree shows, numbered from what that tree shows alone: in the order of their first
/// shown reference, with ids made from those numbers. Markdig numbers footnotes once for the whole page,
/// so a hidden footnote would leave a gap; here no number or id depends on anything a tree hides.
/// </summary>
public sealed class FootnoteNumbers
{
    private readonly List<Footnote> _shown = [];
    private readonly Dictionary<Footnote, int> _numbers = [];
    private readonly Dictionary<FootnoteLink, string> _referenceIds = [];
    // Counted as they are numbered: counting the ids given so far for each reference made a page of N references take N² steps.
    private readonly Dictionary<Footnote, int> _shownReferenceCounts = [];

    private FootnoteNumbers()
    {
    }

    /// <summary>The shown footnotes, in the order of their numbers (1, 2, …).</summary>
    public IReadOnlyList<Footnote> Shown => _shown;

    public static FootnoteNumbers Of(MarkdownDocument document, int checkpoint)
    {
        var numbers = new FootnoteNumbers();
        numbers.Number(FootnoteLevels.ReferencesInBody(document), checkpoint);
        // Footnotes referenced from shown footnotes follow, in the order they are first referenced there.
        for (var i = 0; i < numbers._shown.Count; i++)
        {
            var footnote = numbers._shown[i];
            numbers.Number(FootnoteLevels.ReferencesIn(footnote, FootnoteLevels.ShownFrom(footnote)), checkpoint);
        }
        return numbers;
    }

    public int NumberOf(Footnote footnote) => _numbers[footnote];

    /// <summary>The id of a shown reference, or null when this tree does not show it.</summary>
    public string? ReferenceIdOf(FootnoteLink reference) => _referenceIds.GetValueOrDefault(reference);

    private void Number(IEnumerable<(FootnoteLink Reference, int Level)> references, int checkpoint)
    {
        foreach (var (reference, level) in references)
        {
            if (level > checkpoint || FootnoteLevels.ShownFrom(reference.Footnote) > checkpoint) continue;
            if (!_numbers.TryGetValue(reference.Footnote, out var number))
            {
                _shown.Add(reference.Footnote);
                number = _shown.Count;
                _numbers[reference.Footnote] = number;
            }
            var earlier = _shownReferenceCounts.GetValueOrDefault(reference.Footnote);
            _shownReferenceCounts[reference.Footnote] = earlier + 1;
            // '_' is never in a heading's slug (letters, digits and '-'), so no heading can take a footnote's id.
            var id = earlier == 0 ? $"fnref_{number}" : $"fnref_{number}_{earlier + 1}";
            _referenceIds[reference] = id;
        }
    }
}
