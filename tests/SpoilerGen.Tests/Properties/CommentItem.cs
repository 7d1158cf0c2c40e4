namespace SpoilerGen.Tests.Properties;

/// <summary>An HTML comment: its text must never reach any output file.</summary>
public sealed record CommentItem : BodyItem;
