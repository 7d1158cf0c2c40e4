namespace SpoilerGen.Tests.Properties;

/// <summary>An image inside a spoiler block: its alt text and file name carry markers.</summary>
public sealed record ImageItem(int Level) : BodyItem;
