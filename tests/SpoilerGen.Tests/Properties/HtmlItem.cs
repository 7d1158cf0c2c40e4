namespace SpoilerGen.Tests.Properties;

/// <summary>An HTML block inside a spoiler block, holding text and a comment, and a comment with text after it on one line.</summary>
public sealed record HtmlItem(int Level) : BodyItem;
