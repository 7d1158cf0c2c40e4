namespace SpoilerGen.Tests.Properties;

/// <summary>A table with one open row and one row whose cells are phrases at the given level.</summary>
public sealed record TableItem(int Level) : BodyItem;
