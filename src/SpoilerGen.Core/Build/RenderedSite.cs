using Markdig;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Model;
using SpoilerGen.Render;

namespace SpoilerGen.Build;

/// <summary>
/// The site as the render stage leaves it, in memory and not yet written: what <c>serve</c> serves and
/// <c>check</c> checks. <see cref="Site"/> and <see cref="Files"/> are null when a stage before them failed.
/// </summary>
public sealed record RenderedSite(IReadOnlyList<Diagnostic> Diagnostics, LoadedSite Loaded, IReadOnlyList<OutputFile>? Files)
{
    public bool Succeeded => Files is not null && !Diagnostics.Any(d => d.IsError);

    public SiteModel? Site => Loaded.Site;

    public MarkdownPipeline? Pipeline => Loaded.Pipeline;

    public IReadOnlyList<SourcePage> Sources => Loaded.Sources;
}
