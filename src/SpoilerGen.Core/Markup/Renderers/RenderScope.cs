using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Markup.Headings;
using SpoilerGen.Markup.Reading;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// What one render of one page body for one tree needs to know: which levels are shown, which of
/// them are new in this tree, and where links lead. Also collects the headings as they are written,
/// so the table of contents holds exactly the headings that were shown.
/// </summary>
/// <param name="newBadgeText">What marks content new at a level, in the site's language: "New in Episode 12".</param>
/// <param name="footnoteBackLabel">The accessible name of a footnote's link back to the text, in the site's language.</param>
public sealed class RenderScope(int checkpoint, int? previousTreeCheckpoint, Func<int, string> newBadgeText, Func<LinkInline, LinkTarget> resolveLink,
    string footnoteBackLabel = "Back to the text")
{
    private readonly List<TocEntry> _headings = [];
    private readonly List<TocEntry> _newSections = [];
    private int _openNewRegions;
    private FootnoteNumbers? _footnotes;
    private (ParagraphBlock Paragraph, Markdig.Extensions.Footnotes.Footnote Footnote)? _footnoteEnd;

    /// <summary>The highest level shown: the checkpoint the tree is built for.</summary>
    public int Checkpoint { get; } = checkpoint;

    public bool Shows(int level) => level <= Checkpoint;

    /// <summary>Content is new when the previous tree did not show it; nothing is new in the first tree.</summary>
    public bool IsNew(int level) => previousTreeCheckpoint is { } previous && level > previous && level <= Checkpoint;

    /// <summary>Whether content here is already inside a region marked new, so that marking it again adds nothing.</summary>
    public bool InsideNewRegion => _openNewRegions > 0;

    public void EnterNewRegion() => _openNewRegions++;

    public void LeaveNewRegion() => _openNewRegions--;

    public string NewBadgeText(int level) => newBadgeText(level);

    public string FootnoteBackLabel => footnoteBackLabel;

    /// <summary>Whether this render showed anything that the previous tree did not.</summary>
    public bool ShowedNewContent { get; private set; }

    /// <summary>The headings of sections that this tree is the first to show, for "what's new" feeds.</summary>
    public IReadOnlyList<TocEntry> NewSections => _newSections;

    public void RecordNewContent() => ShowedNewContent = true;

    public void RecordNewSection(TocEntry heading) => _newSections.Add(heading);

    public LinkTarget ResolveLink(LinkInline link) => resolveLink(link);

    public IReadOnlyList<TocEntry> Headings => _headings;

    /// <summary>The footnotes this tree shows and their numbers, worked out once per render.</summary>
    public FootnoteNumbers FootnotesOf(MarkdownDocument document) => _footnotes ??= FootnoteNumbers.Of(document, Checkpoint);

    /// <summary>Marks the paragraph that the footnote about to be written ends with in this tree: its back links go there.</summary>
    public void MarkFootnoteEnd(ParagraphBlock paragraph, Markdig.Extensions.Footnotes.Footnote footnote) => _footnoteEnd = (paragraph, footnote);

    /// <summary>The footnote that <paramref name="paragraph"/> ends, once (its back links are then written); null for any other paragraph.</summary>
    public Markdig.Extensions.Footnotes.Footnote? TakeFootnoteEndedBy(ParagraphBlock paragraph)
    {
        if (_footnoteEnd is not { } end || end.Paragraph != paragraph) return null;
        _footnoteEnd = null;
        return end.Footnote;
    }

    /// <summary>Records a heading as it is written, with its id (the same in every tree) and the text this tree shows.</summary>
    public void AddHeading(int rank, string id, string text) => _headings.Add(new TocEntry(rank, id, text));
}
