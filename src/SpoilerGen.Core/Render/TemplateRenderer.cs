using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Render.Views;

namespace SpoilerGen.Render;

/// <summary>
/// Renders theme templates with the site's globals and functions, which are set up once per build.
/// A context is used by one render at a time, so renders run in parallel; contexts are kept for the next
/// render, because making one (its stacks, its copy of every parsed template) cost as much as a small page.
/// </summary>
public sealed class TemplateRenderer(ThemeTemplates theme, SiteView site, GeneratorView generator, DiagnosticBag diagnostics)
{
    private readonly ScriptObject _builtins = HtmlEscapingTemplateContext.CreateBuiltins();
    private readonly ConcurrentDictionary<Type, IObjectAccessor> _memberAccessors = new();
    private readonly ConcurrentBag<HtmlEscapingTemplateContext> _idleContexts = [];

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

        if (!_idleContexts.TryTake(out var context))
        {
            context = new HtmlEscapingTemplateContext(_builtins, _memberAccessors) { StrictVariables = true };
            theme.ShareParsedTemplates(context);
        }
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
            diagnostics.Add(ThemeTemplates.ToDiagnostic(exception.Span, isError: true, exception.OriginalMessage, DiagnosticCodes.TemplateRender));
            return null;
        }
    }
}
