namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>A section folder under content/; with an <c>_index.md</c> when <see cref="IndexLevel"/> is set (a draft one when <see cref="IndexDraft"/>).</summary>
public sealed record GuideFolder(string Path, int? IndexLevel, bool IndexDraft, GuideEntry[] IndexTitle, GuideNode[] IndexBody);
