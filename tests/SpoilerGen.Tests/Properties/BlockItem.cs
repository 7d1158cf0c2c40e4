namespace SpoilerGen.Tests.Properties;

/// <summary>A fenced spoiler block holding more items.</summary>
public sealed record BlockItem(int Level, BodyItem[] Inner) : BodyItem;
