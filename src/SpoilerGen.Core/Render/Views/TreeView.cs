namespace SpoilerGen.Render.Views;

/// <summary>
/// The tree being rendered (<c>tree.*</c>), with labels that are safe inside it, and its own files.
/// <see cref="ChangeUrl"/> is the chooser with this tree's checkpoint marked: how a reader changes
/// episode, with or without JavaScript, without a list of every episode on every page.
/// </summary>
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
    string TagsUrl,
    string ChangeUrl);
