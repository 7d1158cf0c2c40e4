namespace SpoilerGen.Tests.Incremental;

/// <summary>One random edit of a site: its kind, which file or value it picks, and a level where it needs one.</summary>
public sealed record SiteEdit(SiteEditKind Kind, int Choice, int Level);
