using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Render.Views;

namespace SpoilerGen.Render;

/// <summary>
/// Renders theme templates with the site's globals and functions, which are set up once per build;
/// each render gets its own context, so renders run in parallel.
/// </summary>
public sealed class TemplateRenderer(ThemeTemplates theme, SiteView site, GeneratorView generator, DiagnosticBag diagnostics)
{
    private readonly ScriptObject _builtins = HtmlEscapingTemplateContext.CreateBuiltins();
    private readonly TemplateFailures _failures = new();

    // Templates that reached a limit: rendering them for every other page would reach it again, at
    // up to the whole loop limit each time, and report it once per page.
    private readonly ConcurrentDictionary<string, bool> _overLimit = new(StringComparer.Ordinal);

    /// <summary>
    /// Renders a template with the given page-level variables; null when the template failed. A failure is
    /// reported by <see cref="ReportFailures"/>, naming <paramref name="renderingFor"/> (the file being rendered).
    /// </summary>
    public string? Render(string templateName, IReadOnlyDictionary<string, object?> variables, string renderingFor = "a page")
    {
        if (_overLimit.ContainsKey(templateName)) return null;
        if (!theme.TryGet(templateName, out var template))
        {
            diagnostics.Error(SourcePosition.StartOf($"{ThemeTemplates.FolderName}/{templateName}"), DiagnosticCodes.TemplateRender,
                $"the theme has no template '{templateName}'");
            return null;
        }

        var globals = new ScriptObject { ["site"] = site, ["generator"] = generator };
        foreach (var (name, value) in variables) globals[name] = value;

        var context = new HtmlEscapingTemplateContext(_builtins) { StrictVariables = true };
        TemplateLimits.Apply(context);
        theme.ShareParsedTemplates(context);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            // A theme's mistake is the author's to fix, so it is reported like a content error.
            if (!TemplateLimits.IsLimit(exception.OriginalMessage))
            {
                _failures.Add(ThemeTemplates.ToDiagnostic(exception.Span, isError: true, exception.OriginalMessage, DiagnosticCodes.TemplateRender), renderingFor);
                return null;
            }
            if (_overLimit.TryAdd(templateName, true))
            {
                diagnostics.Add(ThemeTemplates.ToDiagnostic(exception.Span, isError: true,
                    $"{exception.OriginalMessage.TrimEnd('.')} while rendering {renderingFor}: a page larger than SpoilerGen's template limits allow is an error, never cut short", DiagnosticCodes.TemplateLimit));
            }
            return null;
        }
    }

    /// <summary>Reports every template failure once, after all renders: call when rendering is done.</summary>
    public void ReportFailures() => _failures.ReportTo(diagnostics);
}
