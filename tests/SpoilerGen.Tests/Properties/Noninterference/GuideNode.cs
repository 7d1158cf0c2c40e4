namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>A piece of a generated page body; levels are checkpoint indexes (0 = not started, body markup from 1).</summary>
public abstract record GuideNode;

/// <summary>A paragraph, with a spoiler phrase in it when <see cref="PhraseLevel"/> is set.</summary>
public sealed record GuideParagraph(string Text, int? PhraseLevel, string PhraseText) : GuideNode;

/// <summary>A <c>::: spoiler</c> block holding more nodes.</summary>
public sealed record GuideBlock(int Level, GuideNode[] Inner) : GuideNode;

/// <summary>A heading section marked with a level, closed by a plain heading of the same rank that belongs to the enclosing level.</summary>
public sealed record GuideSection(int Level, string Heading, GuideNode[] Inner, string Closing) : GuideNode;

/// <summary>A plain heading one rank below the enclosing section; <see cref="SameRank"/> when it stands where a section's closing heading stood.</summary>
public sealed record GuideHeading(string Text, bool SameRank = false) : GuideNode;

/// <summary>
/// A link to another page of the guide (by its path under content/); when <see cref="FragmentChoice"/> is set,
/// with a fragment naming one of the target's headings that is shown wherever the link is.
/// </summary>
public sealed record GuideLink(string Target, string Text, int? FragmentChoice) : GuideNode;
