namespace SpoilerGen.Markup.Headings;

/// <summary>
/// A heading's id, the same in every tree that shows the heading, and the level (within its page) from
/// which the heading shows any text.
/// </summary>
public sealed record HeadingAnchor(string Id, int Level);
