namespace SpoilerGen.Serve;

/// <summary>
/// The URLs that only serve answers, under one prefix at the host's root, outside any base path a
/// site is built for, so that they never hide a file of the site.
/// </summary>
public static class ServePaths
{
    public const string Prefix = "/_spoilergen/";

    /// <summary>The server-sent events stream that tells open tabs to reload.</summary>
    public const string Events = Prefix + "events";

    public const string Script = Prefix + "serve.js";

    public const string Style = Prefix + "serve.css";

    /// <summary>Redirects to a page in the tree that serves a checkpoint: <c>?page=KEY&amp;checkpoint=N</c>.</summary>
    public const string Episode = Prefix + "episode";

    /// <summary>Followed by a page's key: <c>/_spoilergen/map/characters/nam-ra/</c>; the home's map is <c>/_spoilergen/map/</c>.</summary>
    public const string MapPrefix = Prefix + "map/";

    public static string Map(string pageKey) => MapPrefix + pageKey;

    /// <summary>
    /// Whether a site's base path lies under serve's own URLs, where none of its pages could be reached.
    /// Compared without case: browsers and caches may treat the two spellings alike.
    /// </summary>
    public static bool HoldsBasePath(string basePath) =>
        (basePath.TrimEnd('/') + "/").StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
}
