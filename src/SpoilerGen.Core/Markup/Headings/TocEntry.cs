namespace SpoilerGen.Markup.Headings;

/// <summary>A heading as shown in one tree: its rank (1–6), the id written on it, and its visible text.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
