using Markdig;
using SpoilerGen.Check;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Sources;
using SpoilerGen.Markup.Checks;
using SpoilerGen.Model;
using SpoilerGen.Render;
using SpoilerGen.Render.Incremental;
using SpoilerGen.Render.Output;

namespace SpoilerGen.Build;

/// <summary>
/// The site as the render stage leaves it, in memory and not yet written: what <c>serve</c> serves and
/// <c>check</c> checks. <see cref="Site"/> and <see cref="Files"/> are null when a stage before them failed.
/// Passed back to <see cref="SiteBuilder.Render"/> after an edit, it is the cache of the incremental render:
/// unchanged sources are not parsed again and files whose inputs are unchanged are not rendered again.
/// </summary>
/// <param name="Cache">Every page and tree file by the key of its inputs; null when the render reported anything.</param>
public sealed record RenderedSite(IReadOnlyList<Diagnostic> Diagnostics, LoadedSite Loaded, IReadOnlyList<OutputFile>? Files, RenderCache? Cache = null)
{
    /// <summary>What the author's lints worked out, one state a language, for the next render: only what an edit touches is worked out again.</summary>
    public IReadOnlyList<LintState>? Lints { get; init; }

    /// <summary>The check of the static files this render copied: the next render scans again only those whose bytes changed.</summary>
    public StaticFileMarkupCheck? StaticCheck { get; init; }

    /// <summary>
    /// The cache the next render reuses: this render's, or, when it kept none (it failed, or reported anything), the one the
    /// last render that kept one made. Its files are keyed by their inputs, so an older cache is as sound as the latest;
    /// carried across a failed save, the save that fixes it renders only what changed since that good render.
    /// </summary>
    public RenderCache? ReusableCache
    {
        get => _reusableCache ?? Cache;
        init => _reusableCache = value;
    }

    private readonly RenderCache? _reusableCache;

    public bool Succeeded => Files is not null && !Diagnostics.Any(d => d.IsError);

    public SiteModel? Site => Loaded.Site;

    public MarkdownPipeline? Pipeline => Loaded.Pipeline;

    public IReadOnlyList<SourcePage> Sources => Loaded.Sources;
}
