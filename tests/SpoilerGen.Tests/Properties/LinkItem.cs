namespace SpoilerGen.Tests.Properties;

/// <summary>A link to another generated page (by index, wrapped), its text at the given level.</summary>
public sealed record LinkItem(int TargetPage, int Level) : BodyItem;
