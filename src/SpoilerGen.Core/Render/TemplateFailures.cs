using System.Collections.Concurrent;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Render;

/// <summary>
/// Template failures met while rendering in parallel. One mistake in a template fails every page that
/// uses it, so each is reported once, at the template's position, naming the first file (in path order)
/// that was being rendered and how many other files (pages of other trees included) failed the same way.
/// </summary>
public sealed class TemplateFailures
{
    private readonly ConcurrentBag<(Diagnostic Failure, string RenderedPage)> _failures = [];

    public void Add(Diagnostic failure, string renderedPage) => _failures.Add((failure, renderedPage));

    /// <summary>Adds one diagnostic per distinct failure to the bag; the order of the parallel renders does not matter.</summary>
    public void ReportTo(DiagnosticBag diagnostics)
    {
        foreach (var group in _failures.GroupBy(f => f.Failure))
        {
            var pages = group.Select(f => f.RenderedPage).Distinct().Order(StringComparer.Ordinal).ToList();
            var others = pages.Count switch
            {
                1 => "",
                2 => " and 1 other file",
                _ => $" and {pages.Count - 1} other files",
            };
            diagnostics.Add(group.Key with { Message = $"{group.Key.Message.TrimEnd('.')} (while rendering {pages[0]}{others})" });
        }
    }
}
