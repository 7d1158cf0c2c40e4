using SpoilerGen.Load;
using SpoilerGen.Model;
using SpoilerGen.Render;

namespace SpoilerGen.Build;

/// <summary>
/// What the stages before writing made: the parsed sources, the model, and the rendered files, each null
/// or empty when a stage before it failed. <c>build</c> writes <see cref="Files"/>; <c>check</c> lints the rest.
/// </summary>
public sealed record PreparedSite(SiteConfig? Config, IReadOnlyList<SourcePage> Sources, SiteModel? Site, IReadOnlyList<OutputFile>? Files);
