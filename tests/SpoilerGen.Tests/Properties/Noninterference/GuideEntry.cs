namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>A value shown from a level: one step of a progressive title or summary, or a tag.</summary>
public sealed record GuideEntry(int Level, string Text);
