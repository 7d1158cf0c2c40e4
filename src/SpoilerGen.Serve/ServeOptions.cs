using SpoilerGen.Load.Jail;

namespace SpoilerGen.Serve;

/// <summary>What to serve and where: the CLI's arguments for <c>serve</c>, already parsed.</summary>
/// <param name="Port">The port; 0 lets the system pick a free one.</param>
/// <param name="Bind">The address to listen on; null is 127.0.0.1, this machine only.</param>
public sealed record ServeOptions(string SiteFolder, int Port = 0, string? BaseUrl = null, bool IncludeDrafts = false, System.Net.IPAddress? Bind = null)
{
    /// <summary>The address listened on.</summary>
    public System.Net.IPAddress Address => Bind ?? System.Net.IPAddress.Loopback;

    /// <summary>Whether other machines can reach the server: anything but a loopback address.</summary>
    public bool IsVisibleOnNetwork => !System.Net.IPAddress.IsLoopback(Address);

    /// <summary>Print how long each stage of every build took (<c>--verbose</c>): where a rebuild spends its time.</summary>
    public bool Verbose { get; init; }

    /// <summary>How long the watcher waits for a file's events to stop before it rebuilds: editors save in several steps.</summary>
    /// <remarks>
    /// The steps of one save (vim's probe, backup rename and new file; a scratch file renamed over the page) come within a
    /// millisecond or two of each other, and the watcher reports them within a few (measured with serve --verbose's
    /// timeline): 3 ms covers them on an idle machine, where 15 ms was a sixth of a save's whole wait at 1,000 pages. A
    /// step later than that arrives during the rebuild, which is then not published but followed at once by another
    /// (<see cref="RebuildLoop.RunAsync"/>): a slow save costs a second rebuild, never a half-written or stale page.
    /// </remarks>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(3);

    /// <summary>
    /// From how many page files (pages × trees, as the site is read) serve starts serving before its first render is
    /// done, rendering each file when it is asked for: a guide of 2,000 pages × 61 trees takes minutes to render whole on
    /// two cores, and its first page is answered in seconds. A smaller guide is served whole from the start.
    /// </summary>
    public int OnDemandFrom { get; init; } = 20_000;

    /// <summary>
    /// How long the whole first render of such a guide waits for the first request before it starts anyway: it starts as
    /// soon as the first page has been answered, so that page does not share the cores with it.
    /// </summary>
    public TimeSpan WholeRenderDelay { get; init; } = TimeSpan.FromSeconds(3);
}
