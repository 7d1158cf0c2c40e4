using System.Collections.Concurrent;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Checks;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// Finds spoiler markup that a render's templates put together from pieces which pass <see cref="TemplateMarkupCheck"/>
/// one by one (<c>[words]{{ "{spoi" }}ler=s01e04}</c>, a string built in a variable, a partial's output): printed, it
/// would be the same in every tree and never read as Markdown. It looks at what the templates wrote themselves
/// (<see cref="TemplateWrittenText"/>), never at what the site gave them (a page's body, its titles), which is checked
/// where it is written. One per build.
/// </summary>
public sealed class AssembledMarkupCheck
{
    // Runs of written text already found free of markup. The pages of a site share nearly all of their theme's runs
    // ("</a></li><li><a href=\""), but hardly a whole page's text (its tags and headings differ); looking at every
    // page's whole text cost a quarter of a build's CPU (300 x 12). Bounded, so that odd runs cannot fill the memory.
    private readonly ConcurrentDictionary<string, byte> _runsWithoutMarkup = new(StringComparer.Ordinal);
    private const int RememberedRuns = 8192;

    /// <summary>The error at the piece that holds the start of the first markup found, or null.</summary>
    /// <param name="renderingFor">the file being rendered, for the message</param>
    public Diagnostic? Check(TemplateWrittenText written, string renderingFor)
    {
        var text = written.Text;
        var known = _runsWithoutMarkup.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf(TemplateWrittenText.SiteValue, start);
            if (end < 0) end = text.Length;
            var run = text.AsSpan(start, end - start);
            if (!run.IsEmpty && !known.ContainsKey(run))
            {
                var runText = run.ToString();
                if (SpoilerMarkupLookalike.Find(runText, foreignSyntax: false) is { } found)
                {
                    return new Diagnostic(written.PositionOf(start + found.Index), DiagnosticSeverity.Error, found.Code,
                        found.Message($"what this template writes (while rendering {renderingFor})") +
                        "; the template puts it together from pieces, and a template's text is the same in every tree and is not read as Markdown: put the words in a page, where spoiler markup is read");
                }
                if (_runsWithoutMarkup.Count < RememberedRuns) _runsWithoutMarkup.TryAdd(runText, 0);
            }
            start = end + 1;
        }
        return null;
    }
}
