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
    private readonly ConcurrentDictionary<Type, IObjectAccessor> _memberAccessors = new();

    /// <summary>Renders a template with the given page-level variables; null when the template failed (the error is reported).</summary>
    public string? Render(string templateName, IReadOnlyDictionary<string, object?> variables)
    {
        if (!theme.TryGet(templateName, out var template))
        {
            diagnostics.Error(SourcePosition.StartOf($"{ThemeTemplates.FolderName}/{templateName}"), DiagnosticCodes.TemplateRender,
                $"the theme has no template '{templateName}'");
            return null;
        }

        var globals = new ScriptObject { ["site"] = site, ["generator"] = generator };
        foreach (var (name, value) in variables) globals[name] = value;

        var context = new HtmlEscapingTemplateContext(_builtins, _memberAccessors) { StrictVariables = true };
        theme.ShareParsedTemplates(context);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            // A theme's mistake is the author's to fix, so it is reported like a content error.
            diagnostics.Add(ThemeTemplates.ToDiagnostic(exception.Span, isError: true, exception.OriginalMessage, DiagnosticCodes.TemplateRender));
            return null;
        }
    }
}
