namespace SpoilerGen.Markup.Renderers;

/// <summary>Where a Markdown link or image leads in the tree being rendered.</summary>
public abstract record LinkTarget
{
    private LinkTarget() { }

    /// <summary>The link is written with this URL.</summary>
    public sealed record Url(string Href) : LinkTarget;

    /// <summary>The linked page does not exist in this tree: keep the text, drop the link.</summary>
    public sealed record Absent : LinkTarget;

    public static readonly LinkTarget AbsentTarget = new Absent();
}
