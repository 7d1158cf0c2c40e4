using Markdig;
using SpoilerGen.Diagnostics;
using SpoilerGen.Model;
using SpoilerGen.Render;

namespace SpoilerGen.Build;

/// <summary>
/// The site as the render stage leaves it, in memory and not yet written: what <c>build</c> writes and
/// <c>serve</c> serves. <see cref="Site"/> and <see cref="Files"/> are null when a stage before them failed.
/// </summary>
public sealed record RenderedSite(
    IReadOnlyList<Diagnostic> Diagnostics,
    SiteModel? Site,
    MarkdownPipeline? Pipeline,
    IReadOnlyList<OutputFile>? Files)
{
    public bool Succeeded => Files is not null && !Diagnostics.Any(d => d.IsError);
}
