using SpoilerGen.Diagnostics;

namespace SpoilerGen.Serve;

/// <summary>
/// What serve shows at one moment: the last site that built, and, when the latest build failed, its
/// diagnostics, shown over that site. <see cref="Version"/> grows with every build, good or not.
/// </summary>
/// <param name="LastGood">Null until a build has succeeded.</param>
/// <param name="Diagnostics">Every diagnostic of the latest build.</param>
public sealed record ServeState(int Version, SiteSnapshot? LastGood, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool LatestFailed => Diagnostics.Any(d => d.IsError);
}
