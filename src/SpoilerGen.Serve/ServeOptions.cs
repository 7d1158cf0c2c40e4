namespace SpoilerGen.Serve;

/// <summary>What to serve and where: the CLI's arguments for <c>serve</c>, already parsed.</summary>
/// <param name="Port">The port on 127.0.0.1; 0 lets the system pick a free one.</param>
public sealed record ServeOptions(string SiteFolder, int Port = 0, string? BaseUrl = null, bool IncludeDrafts = false)
{
    /// <summary>How long the watcher waits for a file's events to stop before it rebuilds: editors save in several steps.</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(40);
}
