using System.Collections.Immutable;
using SpoilerGen.Render.Output;

namespace SpoilerGen.Render.Incremental;

/// <summary>
/// One tree as the last render left it: each page it shows by its key, its tag pages (by the key of its pages' forms; with
/// the sitemap in <c>build</c>), its own files (search index, feed, and <c>serve</c>'s sitemap: by the key of its pages' forms and bodies), and, for <c>serve</c>, all of
/// those files by path as one immutable set. A later render whose edit left the tree's forms as they were shares that set
/// by reference, with only the pages whose body changed replaced: it does no work for the tree's other files.
/// </summary>
/// <param name="Tags">Null in a cache read from beside an output that kept none for the tree.</param>
/// <param name="Own">Null in a cache read from beside an output that kept none for the tree.</param>
/// <param name="Files">Empty in <c>build</c>'s cache, whose files stay in its output folder.</param>
public sealed record CachedTree(
    ImmutableDictionary<string, CachedPage> Pages, CachedTreeFiles? Tags, CachedTreeFiles? Own, ImmutableDictionary<string, OutputFile> Files)
{
    /// <summary>The key of the forms of every page the tree shows, from which all its files but the pages' bodies are made.</summary>
    public string? FormsKey => Tags?.InputsKey;
}
