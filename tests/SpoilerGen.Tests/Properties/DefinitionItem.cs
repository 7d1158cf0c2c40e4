namespace SpoilerGen.Tests.Properties;

/// <summary>A reference link and its definition, both inside a spoiler block at the given level; the URL and title carry markers.</summary>
public sealed record DefinitionItem(int Level) : BodyItem;
