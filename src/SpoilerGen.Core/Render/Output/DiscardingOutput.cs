using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;
using SpoilerGen.Markup.Checks;

namespace SpoilerGen.Render.Output;

/// <summary>
/// Takes every rendered file and keeps none: for <c>check</c>, which needs only what the render reports, so that its
/// memory holds the files being rendered, not the site. A copied file (under <c>static/</c>) is still opened through
/// the jail's checks, as a build opens it to copy it, so that check reports the same files swapped since the load; a text
/// file is read and checked for spoiler markup as a build checks the bytes it copies.
/// </summary>
public sealed class DiscardingOutput(DiagnosticBag diagnostics) : IOutputSink
{
    private readonly StaticFileMarkupCheck _staticCheck = new();

    public void Add(OutputFile file)
    {
        if (file is not CopiedOutputFile copied) return;
        if (StaticFileMarkupCheck.IsText(copied.Source))
        {
            _staticCheck.ReadChecked(copied.Source, diagnostics);
            return;
        }
        using var source = SiteFileHandle.TryOpen(copied.Source, out var problem, out var code);
        if (source is null) diagnostics.Error(SourcePosition.StartOf(copied.Source.DisplayPath), code, problem);
    }
}
