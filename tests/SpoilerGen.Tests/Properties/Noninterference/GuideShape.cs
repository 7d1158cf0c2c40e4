namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>Where a <see cref="GuideShape"/> hides its text: each is a place where hiding could change the shape of what is shown.</summary>
public enum GuideShapeKind
{
    /// <summary>A phrase alone in strong, emphasised, struck or marked text, or in a link, between two words.</summary>
    Emphasis,
    /// <summary>A hidden line between two hard line breaks, and hidden first and last lines of a paragraph.</summary>
    Lines,
    /// <summary>A hidden list item between two shown ones, with a second paragraph after a blank line.</summary>
    ListItem,
    /// <summary>A spoiler block inside a shown list item, after a blank line.</summary>
    ListBlock,
    /// <summary>A table column all of whose cells are hidden, and a hidden cell alone.</summary>
    TableColumn,
    /// <summary>A spoiler block between two fenced code blocks.</summary>
    Code,
    /// <summary>A numbered list whose first item is hidden: the list starts at the first shown item's number.</summary>
    OrderedFirst,
    /// <summary>A hidden item in a list nested in a shown item, between two shown ones or last, with a second paragraph after a blank line.</summary>
    NestedItem,
    /// <summary>A paragraph made only of hidden phrases inside a list item, last or between two shown paragraphs.</summary>
    ItemParagraph,
    /// <summary>
    /// A paragraph made only of hidden phrases at the margin after a list, or after indented code, before text (between two
    /// lists or two indented code blocks, or before text indented into a list item, it is refused: SG0215-SG0217).
    /// </summary>
    MarginParagraph,
    /// <summary>A table row all of whose cells are hidden, between shown rows.</summary>
    TableRow,
    /// <summary>
    /// A footnote whose last part is hidden: a paragraph of phrases, a spoiler block, a phrase ending its text, a paragraph
    /// after a list, or a paragraph with the note referenced twice; its back links must stand as in the note without it.
    /// </summary>
    FootnoteTail,
    /// <summary>
    /// A spoiler block right under or right above a line of text or a quote, with a blank line on its other side (with no
    /// blank line on either side it splits what is one paragraph without it: SG0238).
    /// </summary>
    TextBlock,
    /// <summary>
    /// A table row wider than its header: a hidden row of more cells, a shown row with a hidden cell past the header's
    /// columns, or with a hidden cell inside them and a shown one past them (Markdown drops cells past the header).
    /// </summary>
    WideTableRow,
    /// <summary>
    /// A heading right under a footnote's line: indented into the note, whose reference is shown or hidden, or at the
    /// margin after a blank line, which ends the note (at the margin right under it, it is refused: SG0209).
    /// </summary>
    FootnoteHeading,
    /// <summary>
    /// A phrase right after a link's text, read as the page without it reads the brackets: before a bare URL, or in the
    /// text of an inline link (<c>[[lbl][…]{…}](url)</c>); before a <c>(</c> or <c>[</c>, where the page without it is one
    /// link (refused where a tree of the page hides it: SG0223); or inside a reference label, where it is a link or image
    /// only without the phrase (refused likewise: SG0224).
    /// </summary>
    LinkLabel,
}

/// <summary>
/// A piece of body whose hidden part, past <see cref="Level"/>, is text (<see cref="Hidden"/>), a shape (a blank line
/// and a second paragraph when <see cref="HiddenBlank"/>), or nothing at all when <see cref="Absent"/>: the shown part
/// (<see cref="Visible"/>, <see cref="Loose"/> lists) is the same in every variant, and so must every tree before the level be.
/// </summary>
public sealed record GuideShape(GuideShapeKind Kind, int Level, string Visible, string Hidden, bool HiddenBlank, bool Loose, bool Absent, int Wrap) : GuideNode
{
    private static readonly string[] Wraps = ["**", "*", "~~", "==", "_"];

    /// <summary>A line of text after a list, so that no spoiler block after it stands between two lists (SG0215).</summary>
    private const string EndOfList = "That is all.\n";

    /// <summary>How many forms a <see cref="GuideShapeKind.LinkLabel"/> has: <see cref="Wrap"/> picks one.</summary>
    private const int LinkLabelForms = 6;

    /// <param name="footnoteLabel">the label of a <see cref="GuideShapeKind.FootnoteTail"/>'s note, unique in its page (<c>^f1</c>)</param>
    /// <param name="referenceLabel">the label of a <see cref="GuideShapeKind.LinkLabel"/>'s link definition, unique in its page</param>
    public string Markdown(string episode, string footnoteLabel = "^f", string referenceLabel = "r")
    {
        var phrase = Phrase(episode);
        var gap = Loose ? "\n\n" : "\n";
        switch (Kind)
        {
            case GuideShapeKind.Emphasis:
                var wrap = Wraps[Wrap % Wraps.Length];
                // A link keeps its shown word "see"; an emphasis holds only the phrase and goes with it.
                var hidden = Wrap % (Wraps.Length + 1) == Wraps.Length
                    ? $"[see{(Absent ? "" : " " + phrase)}](https://example.org/x) "
                    : Absent ? "" : $"{wrap}{phrase}{wrap} ";
                return $"{Visible} {hidden}{Visible} {(Absent ? $"*{Visible}* " : $"*{Visible} {phrase}* ")}end.\n";
            case GuideShapeKind.Lines:
                return Absent ? $"{Visible}  \n{Visible}\n" : $"{phrase}\n{Visible}  \n{phrase}  \n{Visible}\n{phrase}\n";
            case GuideShapeKind.ListItem:
                var item = Absent ? "" : $"- {phrase}{(HiddenBlank ? $"\n\n  {phrase}" : "")}{gap}";
                return $"- {Visible}{gap}{item}- {Visible}\n\n{EndOfList}";
            case GuideShapeKind.ListBlock:
                // No blank line inside the block: nested in another spoiler block, that ends the item (SG0215), a limit of its own.
                var block = Absent ? "" : $"\n\n  ::: spoiler {episode}\n  {Hidden}\n{(HiddenBlank ? $"  {Hidden}\n" : "")}  :::";
                return $"- {Visible}{block}{gap}- {Visible}\n\n{EndOfList}";
            case GuideShapeKind.TableColumn:
                return Absent ? $"| {Visible} |\n|---|\n| {Visible} |\n" : $"| {Visible} | {phrase} |\n|---|---|\n| {Visible} | {phrase} |\n";
            case GuideShapeKind.OrderedFirst:
                // Numbers of one digit, so that every item's text starts at the same column.
                var number = Wrap % 6 + 1;
                var first = Absent ? "" : $"{number}. {phrase}{(HiddenBlank ? $"\n\n   {phrase}" : "")}{gap}";
                return $"{first}{number + 1}. {Visible}{gap}{number + 2}. {Visible}\n\n{EndOfList}";
            case GuideShapeKind.NestedItem:
                var nested = Absent ? "" : $"  - {phrase}{(HiddenBlank ? $"\n\n    {phrase}" : "")}\n";
                // Last in the nested list, the hidden item has its gap before it only: a blank line after it would go with the outer list.
                return Wrap % 2 == 0
                    ? $"- {Visible}\n  - {Visible}{gap}{(Absent ? "" : nested + (Loose ? "\n" : ""))}  - {Visible}\n- {Visible}\n\n{EndOfList}"
                    : $"- {Visible}\n  - {Visible}\n{(Absent ? "" : (Loose ? "\n" : "") + nested)}- {Visible}\n\n{EndOfList}";
            case GuideShapeKind.ItemParagraph:
                var middle = Wrap % 2 == 0 ? "" : $"\n  {Visible}\n";
                var paragraph = Absent ? "" : $"\n  {phrase}{(HiddenBlank ? $" {phrase}" : "")}\n";
                return $"- {Visible}\n{paragraph}{middle}{(Loose ? "\n" : "")}- {Visible}\n\n{EndOfList}";
            case GuideShapeKind.MarginParagraph:
                var alone = Absent ? "" : $"{phrase}{(HiddenBlank ? $"\n{phrase}" : "")}\n\n";
                return Wrap % 2 == 0
                    ? $"- {Visible}{gap}- {Visible}\n\n{alone}{Visible}.\n"
                    : $"    {Visible}\n\n{alone}{Visible}.\n";
            case GuideShapeKind.TableRow:
                var row = Absent ? "" : $"| {phrase} | {phrase} |\n";
                return $"| {Visible} | {Visible} |\n|---|---|\n{(Wrap % 2 == 0 ? row : "")}| {Visible} | {Visible} |\n{(Wrap % 2 == 0 ? "" : row)}";
            case GuideShapeKind.FootnoteTail:
                // The note itself is written at the page's end (FootnoteDefinition): Markdown reads notes only at the top level.
                return Wrap % 5 == 4 ? $"{Visible}[{footnoteLabel}] and again[{footnoteLabel}] end.\n" : $"{Visible}[{footnoteLabel}] end.\n";
            case GuideShapeKind.WideTableRow:
                var table = $"| {Visible} | {Visible} |\n|---|---|\n| {Visible} | {Visible} |\n";
                return (Wrap % 3) switch
                {
                    0 => $"{table}{(Absent ? "" : $"| {phrase} | {phrase} | {phrase} |\n")}| {Visible} | {Visible} |\n",
                    1 => $"{table}| {Visible} | {Visible} |{(Absent ? "" : $" {phrase} |")}\n",
                    _ => $"{table}| {Visible} | {(Absent ? "" : phrase)} | {Visible} |\n",
                };
            case GuideShapeKind.FootnoteHeading:
                // The note and its heading are written at the page's end (FootnoteDefinition).
                return Wrap % 3 == 1
                    ? $"{Visible}{(Absent ? "" : $" [{Hidden}[{footnoteLabel}]]{{spoiler={episode}}}")} end.\n"
                    : $"{Visible}[{footnoteLabel}] end.\n";
            case GuideShapeKind.LinkLabel:
                var shown = Absent ? "" : phrase;
                var definition = $"\n[{referenceLabel}]: https://example.org/{referenceLabel}\n";
                return (Wrap % LinkLabelForms) switch
                {
                    0 => $"{Visible} [x]{shown} https://example.org/z end.\n",
                    1 => $"[[lbl]{shown}](https://example.org/p) {Visible} end.\n",
                    2 => $"{Visible} [x]{shown}(https://example.org/a) end.\n",
                    3 => $"{Visible} [x]{shown}[{referenceLabel}] end.\n{definition}",
                    4 => $"{Visible} [x][{referenceLabel}{(Absent ? "" : " " + phrase)}] and [{referenceLabel}{(Absent ? "" : " " + phrase)}] end.\n{definition}",
                    _ => $"{Visible} [{referenceLabel}][{shown}] and ![{referenceLabel}{(Absent ? "" : " " + phrase)}] end.\n{definition}",
                };
            case GuideShapeKind.TextBlock:
                var marker = Wrap % 4 >= 2 ? "> " : "";
                var spoiler = Absent ? "" : $"::: spoiler {episode}\n{Hidden}\n{(HiddenBlank ? $"\n{Hidden}\n" : "")}:::\n";
                return Wrap % 2 == 0 ? $"{marker}{Visible}\n{spoiler}\n{marker}{Visible}\n" : $"{marker}{Visible}\n\n{spoiler}{marker}{Visible}\n";
            default:
                var code = Absent ? "" : $"::: spoiler {episode}\n{Hidden}\n{(HiddenBlank ? $"\n{Hidden}\n" : "")}:::\n\n";
                return $"```\n{Visible}\n```\n\n{code}```\n{Visible}\n```\n";
        }
    }

    /// <summary>
    /// The hidden phrase. A <see cref="GuideShapeKind.LinkLabel"/>'s holds, by its text's length, brackets, an image or a
    /// link of its own, which change how Markdown reads the brackets around it (a link only where no link's text holds
    /// the phrase: a link there is refused on its own, SG0221).
    /// </summary>
    private string Phrase(string episode)
    {
        if (Kind != GuideShapeKind.LinkLabel) return $"[{Hidden}]{{spoiler={episode}}}";
        var words = Hidden.Split(' ', 2);
        var rest = words.Length > 1 ? " " + words[1] : "";
        var linkAllowed = (Wrap % LinkLabelForms) is 0 or 2 or 3;
        var text = (Hidden.Length % 4) switch
        {
            0 => Hidden,
            1 => $"[{words[0]}]{rest}",
            3 when linkAllowed => $"[{words[0]}](https://example.org/h){rest}",
            _ => $"![{words[0]}](https://example.org/h.png){rest}",
        };
        return $"[{text}]{{spoiler={episode}}}";
    }

    /// <summary>
    /// The diagnostic code the build must refuse this piece with, at each of its phrases, when it is written in blocks and
    /// sections shown from <paramref name="blockLevel"/>: a phrase before a link's tail or in a reference label that a tree
    /// of the page hides. Null when the piece builds. The refusal is decided by levels alone, never by what the phrase hides.
    /// </summary>
    public string? RefusalCode(int blockLevel) => Kind != GuideShapeKind.LinkLabel || Absent || Level <= blockLevel
        ? null
        : (Wrap % LinkLabelForms) switch
        {
            2 or 3 => "SG0223",
            4 or 5 => "SG0224",
            _ => null,
        };

    /// <summary>Where in <paramref name="markdown"/> (this piece's) each hidden phrase starts.</summary>
    public IEnumerable<int> PhraseOffsets(string markdown, string episode)
    {
        var phrase = Phrase(episode);
        for (var at = markdown.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = markdown.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
            yield return at;
    }

    /// <summary>Heading words that other headings of the guide use too (<see cref="GuideText.Heading"/>), so that ids collide.</summary>
    private static readonly string[] NoteHeadings = ["fate", "origins", "trivia family"];

    /// <summary>
    /// The note of a <see cref="GuideShapeKind.FootnoteTail"/> or <see cref="GuideShapeKind.FootnoteHeading"/>, in the
    /// form <see cref="Wrap"/> picks, with its hidden part unless <see cref="Absent"/>.
    /// </summary>
    /// <param name="shownWithPage">
    /// whether the piece is shown wherever its page is: only then may a note's form write a heading and text of the page's
    /// own after the note (notes are written at the page's end, so that text is shown whether or not the piece is)
    /// </param>
    public string FootnoteDefinition(string episode, string footnoteLabel, bool shownWithPage = true)
    {
        var phrase = $"[{Hidden}]{{spoiler={episode}}}";
        var second = HiddenBlank ? $" {phrase}" : "";
        if (Kind == GuideShapeKind.FootnoteHeading)
        {
            // Each form with two of the headings: the form is Wrap % 3.
            var heading = NoteHeadings[(Wrap + Wrap / 3) % NoteHeadings.Length];
            // The page's own heading after the note, for a piece that may be hidden, would be text shown without it: the first form instead.
            var form = Wrap % 3 == 2 && !shownWithPage ? 0 : Wrap % 3;
            return form switch
            {
                // Indented under the note's line: the note's heading, with a hidden paragraph after it.
                0 => $"[{footnoteLabel}]: {Visible}\n    ### {heading}\n{(Absent ? "" : $"\n    {phrase}{second}\n")}",
                // The same note, shown only where its reference (hidden) is: or nowhere, when the reference is absent.
                1 => $"[{footnoteLabel}]: {Visible}\n    ### {heading}\n\n    {Visible}\n",
                // At the margin after a blank line: the note ends, the heading is the page's.
                _ => $"[{footnoteLabel}]: {Visible}{(Absent ? "" : $" {phrase}{second}")}\n\n## {heading}\n\n{Visible}.\n",
            };
        }
        return (Wrap % 5) switch
        {
            0 or 4 => $"[{footnoteLabel}]: {Visible}\n{(Absent ? "" : $"\n    {phrase}{second}\n")}",
            // No blank line inside: a spoiler block in a note ends at one (SG0206).
            1 => $"[{footnoteLabel}]: {Visible}\n{(Absent ? "" : $"    ::: spoiler {episode}\n    {Hidden}\n{(HiddenBlank ? $"    {Hidden}\n" : "")}    :::\n")}",
            2 => $"[{footnoteLabel}]: {Visible}{(Absent ? "" : $" {phrase}{second}")}\n",
            _ => $"[{footnoteLabel}]: {Visible}\n\n    - {Visible}\n{(Absent ? "" : $"\n    {phrase}{second}\n")}",
        };
    }
}
