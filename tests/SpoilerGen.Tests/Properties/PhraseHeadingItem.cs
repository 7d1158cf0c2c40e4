namespace SpoilerGen.Tests.Properties;

/// <summary>A heading whose text ends in a phrase at the given level (and is all phrase when <see cref="AllHidden"/>), so its id must not carry the phrase early.</summary>
public sealed record PhraseHeadingItem(int Level, bool AllHidden) : BodyItem;
