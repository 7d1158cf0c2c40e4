namespace SpoilerGen.Tests.Properties;

/// <summary>A heading section marked with a spoiler level, holding more items.</summary>
public sealed record SectionItem(int Level, BodyItem[] Inner) : BodyItem;
