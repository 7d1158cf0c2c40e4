using SpoilerGen.Diagnostics;

namespace SpoilerGen.Build;

/// <summary>
/// The site after the load and model stages, before the author's lints and the render: what <c>serve</c> can answer
/// its first pages from (<see cref="SiteBuilder.RenderOnDemand"/>) while those stages run.
/// </summary>
/// <param name="Diagnostics">What the stages so far reported; the later stages report into it too.</param>
public sealed record ModeledSite(LoadedSite Loaded, DiagnosticBag Diagnostics)
{
    /// <summary>Whether there is a model to render: the stages so far reported no error.</summary>
    public bool HasModel => Loaded.Site is not null && !Diagnostics.HasErrors;

    /// <summary>What times the stages for <c>--verbose</c>, from the load on.</summary>
    public StageClock Clock { get; init; } = new(null);
}
