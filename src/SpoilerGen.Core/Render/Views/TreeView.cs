namespace SpoilerGen.Render.Views;

/// <summary>The tree being rendered (<c>tree.*</c>), with labels that are safe inside it, and its own files.</summary>
public sealed record TreeView(
    string Path,
    string Url,
    int FirstIndex,
    int LastIndex,
    string Label,
    string? NextLabel,
    string FeedUrl,
    string FeedTitle,
    string SearchIndexUrl,
    string TagsUrl);
