namespace SpoilerGen.Markup.Syntax;

/// <summary>The <c>{spoiler=…}</c> attribute found at the end of a heading, kept on the heading until its section is built.</summary>
public sealed record HeadingSpoiler(string EpisodeId, int Level);
