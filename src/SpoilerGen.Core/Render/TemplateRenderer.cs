using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Render.Views;
using SpoilerGen.Translation;

namespace SpoilerGen.Render;

/// <summary>
/// Renders theme templates with the site's globals and functions, which are set up once per build.
/// A context is used by one render at a time, so renders run in parallel; contexts are kept for the next
/// render, because making one (its stacks, its copy of every parsed template) cost as much as a small page.
/// </summary>
public sealed class TemplateRenderer(ThemeTemplates theme, SiteView site, GeneratorView generator, LanguageTable words, DiagnosticBag diagnostics)
{
    private readonly ScriptObject _builtins = HtmlEscapingTemplateContext.CreateBuiltins(BuildClock.FromEnvironment(diagnostics), words);
    private readonly TemplateFailures _failures = new();
    private readonly ConcurrentBag<HtmlEscapingTemplateContext> _idleContexts = [];

    // Templates that reached a limit, each with the earliest file (in render order) that reached it: rendering them
    // for a later file would reach it again, at up to the whole limit each time. An earlier file still renders, so
    // that the file named is the same in every run, whichever render happened to finish first.
    private readonly ConcurrentDictionary<string, LimitReached> _overLimit = new(StringComparer.Ordinal);

    private sealed record LimitReached(long Order, string RenderingFor, Diagnostic Error)
    {
        public bool IsBefore(LimitReached other) =>
            Order < other.Order || (Order == other.Order && string.CompareOrdinal(RenderingFor, other.RenderingFor) < 0);
    }

    /// <summary>The render order of the earliest file that reached a template's limit, or null: later files need not render.</summary>
    public long? EarliestLimitOrder => _overLimit.IsEmpty ? null : _overLimit.Values.Min(limit => limit.Order);

    /// <summary>
    /// Renders a template with the given page-level variables; null when the template failed. A failure is
    /// reported by <see cref="ReportFailures"/>, naming <paramref name="renderingFor"/> (the file being rendered).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled, even inside a template's loop.</exception>
    /// <param name="order">where the file comes in the render, for naming the same file in every run when a limit is reached</param>
    public string? Render(string templateName, IReadOnlyDictionary<string, object?> variables, string renderingFor = "a page", CancellationToken cancellationToken = default, long order = long.MaxValue)
    {
        if (_overLimit.TryGetValue(templateName, out var reached) && reached.Order < order) return null;
        if (!theme.TryGet(templateName, out var template))
        {
            diagnostics.Error(SourcePosition.StartOf($"{ThemeTemplates.FolderName}/{templateName}"), DiagnosticCodes.TemplateRender,
                $"the theme has no template '{templateName}'");
            return null;
        }

        // Made for each render: a template may assign to what it is given, and no other page may see that.
        var globals = new ScriptObject { ["site"] = ViewScriptObjects.From(site), ["generator"] = ViewScriptObjects.From(generator) };
        foreach (var (name, value) in variables) globals[name] = ViewScriptObjects.From(value);

        if (!_idleContexts.TryTake(out var context))
        {
            context = new HtmlEscapingTemplateContext(_builtins) { StrictVariables = true };
            TemplateLimits.Apply(context);
            theme.ShareParsedTemplates(context);
        }
        context.CancellationToken = cancellationToken;
        context.PushGlobal(globals);
        try
        {
            var html = template.Render(context);
            // Only a render that finished leaves the context as it found it: a failed one's is dropped.
            context.PopGlobal();
            _idleContexts.Add(context);
            return html;
        }
        catch (ScriptRuntimeException exception)
        {
            // A theme's mistake is the author's to fix, so it is reported like a content error.
            if (!TemplateLimits.IsLimit(exception.OriginalMessage))
            {
                var code = exception is MissingTranslationException ? DiagnosticCodes.TranslationKeyMissing : DiagnosticCodes.TemplateRender;
                _failures.Add(ThemeTemplates.ToDiagnostic(exception.Span, isError: true, exception.OriginalMessage, code), renderingFor);
                return null;
            }
            var limit = new LimitReached(order, renderingFor, ThemeTemplates.ToDiagnostic(exception.Span, isError: true,
                $"{exception.OriginalMessage.TrimEnd('.')} while rendering {renderingFor}: a page larger or slower than SpoilerGen's template limits allow is an error, never cut short", DiagnosticCodes.TemplateLimit));
            _overLimit.AddOrUpdate(templateName, limit, (_, earlier) => limit.IsBefore(earlier) ? limit : earlier);
            return null;
        }
    }

    /// <summary>Reports every template failure once, after all renders: call when rendering is done.</summary>
    public void ReportFailures()
    {
        _failures.ReportTo(diagnostics);
        foreach (var limit in _overLimit.Values) diagnostics.Add(limit.Error);
    }
}
