namespace SpoilerGen.Bench;

/// <summary>One piece of a generated page body, shown from <see cref="Level"/> on.</summary>
public abstract record GuideElement(int Level)
{
    /// <summary>A paragraph: plain runs, spoiler phrases and links, each with its own level.</summary>
    public sealed record Paragraph(int Level, IReadOnlyList<Run> Runs) : GuideElement(Level);

    /// <summary>A second-level heading; with a level above the page's, its whole section is a spoiler.</summary>
    public sealed record Heading(int Level, string Text) : GuideElement(Level);

    /// <summary>A <c>::: spoiler</c> block of paragraphs.</summary>
    public sealed record Block(int Level, IReadOnlyList<Paragraph> Paragraphs) : GuideElement(Level);

    /// <summary>A piece of a paragraph: text, or a link to another page (by its index), shown from a level on.</summary>
    public sealed record Run(int Level, string Text, int? LinkTo);
}
