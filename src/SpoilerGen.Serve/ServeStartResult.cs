namespace SpoilerGen.Serve;

/// <summary>
/// A started server, or the one line that says why it could not start: a port in use, or no site at all
/// (<paramref name="NoSite"/>: the folder has no config, which no save inside a running server would fix).
/// </summary>
public sealed record ServeStartResult(SiteServer? Server, string? Problem, bool NoSite = false);
