namespace SpoilerGen.Tests.Properties;

/// <summary>A phrase at the given level that ends in a bare URL, which must stop at the phrase's bracket.</summary>
public sealed record BareUrlPhraseItem(int Level) : BodyItem;
