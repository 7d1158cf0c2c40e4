namespace SpoilerGen.Tests.Properties;

/// <summary>A paragraph, with a spoiler phrase at the given level, or none.</summary>
public sealed record ParagraphItem(int? PhraseLevel) : BodyItem;
