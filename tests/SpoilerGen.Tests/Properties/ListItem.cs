namespace SpoilerGen.Tests.Properties;

/// <summary>A bullet list with one open item and one item that is a phrase at the given level.</summary>
public sealed record ListItem(int Level) : BodyItem;
