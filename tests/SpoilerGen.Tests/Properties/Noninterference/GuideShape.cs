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

    public string Markdown(string episode)
    {
        var phrase = $"[{Hidden}]{{spoiler={episode}}}";
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
            default:
                var code = Absent ? "" : $"::: spoiler {episode}\n{Hidden}\n{(HiddenBlank ? $"\n{Hidden}\n" : "")}:::\n\n";
                return $"```\n{Visible}\n```\n\n{code}```\n{Visible}\n```\n";
        }
    }
}
