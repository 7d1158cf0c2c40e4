namespace SpoilerGen.Tests.Properties;

/// <summary>A generated piece of a page body; levels are checkpoint indexes (0 = not started).</summary>
public abstract record BodyItem;
