namespace SpoilerGen.Serve;

/// <summary>A started server, or the one line that says why it could not start (a port in use).</summary>
public sealed record ServeStartResult(SiteServer? Server, string? Problem);
