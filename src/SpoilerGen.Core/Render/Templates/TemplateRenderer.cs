using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Render.Views;
using SpoilerGen.Translation;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// Renders theme templates with the site's globals and functions, which are set up once per build.
/// A context is used by one render at a time, so renders run in parallel; contexts are kept for the next
/// render, because making one (its stacks, its copy of every parsed template) cost as much as a small page.
/// </summary>
public sealed partial class TemplateRenderer(ThemeTemplates theme, SiteView site, GeneratorView generator, LanguageTable words, DiagnosticBag diagnostics, BuildClock clock)
{
    private readonly ScriptObject _builtins = HtmlEscapingTemplateContext.CreateBuiltins(clock, words);
    private readonly ConcurrentBag<HtmlEscapingTemplateContext> _idleContexts = [];

    private readonly AssembledMarkupCheck _assembledMarkup = new();

    // Templates that failed (a mistake or a limit), each with the earliest file (in render order) that failed: rendering
    // them for a later file would fail again (a limit at up to the whole limit each time, a mistake once for each of
    // thousands of pages). An earlier file still renders, so that the file named is the same in every run, whichever
    // render happened to finish first.
    private readonly ConcurrentDictionary<string, TemplateFailure> _failed = new(StringComparer.Ordinal);

    private sealed record TemplateFailure(long Order, string RenderingFor, Diagnostic Error)
    {
        public bool IsBefore(TemplateFailure other) =>
            Order < other.Order || (Order == other.Order && string.CompareOrdinal(RenderingFor, other.RenderingFor) < 0);
    }

    /// <summary>The render order of the earliest file that failed a template, or null: later files need not render.</summary>
    public long? EarliestFailureOrder => _failed.IsEmpty ? null : _failed.Values.Min(failure => failure.Order);

    /// <summary>
    /// Renders a template with the given page-level variables; null when the template failed. A failure is
    /// reported by <see cref="ReportFailures"/>, naming <paramref name="renderingFor"/> (the file being rendered).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled, even inside a template's loop.</exception>
    /// <param name="order">where the file comes in the render, for naming the same file in every run when a limit is reached</param>
    public string? Render(string templateName, IReadOnlyDictionary<string, object?> variables, string renderingFor = "a page", CancellationToken cancellationToken = default, long order = long.MaxValue)
    {
        // Files outside the stream of pages (tag lists, the chooser) have no order: once the template failed, none renders it.
        if (_failed.TryGetValue(templateName, out var failed) && (failed.Order < order || order == long.MaxValue)) return null;
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
        context.BeginRender();
        try
        {
            var html = template.Render(context);
            if (_assembledMarkup.Check(context.Written, renderingFor) is { } markup)
            {
                // Markup a template assembled is refused as markup written whole is (at load): never published.
                var assembled = new TemplateFailure(order, renderingFor, markup);
                _failed.AddOrUpdate(templateName, assembled, (_, earlier) => assembled.IsBefore(earlier) ? assembled : earlier);
                return null;
            }
            // Only a render that finished leaves the context as it found it: a failed one's is dropped.
            context.PopGlobal();
            _idleContexts.Add(context);
            return html;
        }
        catch (ScriptRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            // Scriban wraps what a function's body throws, the stop asked for by Ctrl+C included: it is no template mistake.
            throw new OperationCanceledException(cancellationToken);
        }
        catch (ScriptRuntimeException exception)
        {
            // A theme's mistake is the author's to fix, so it is reported like a content error.
            var error = TemplateLimits.IsLimit(exception.OriginalMessage)
                ? ThemeTemplates.ToDiagnostic(exception.Span, isError: true,
                    $"{Innermost(exception.OriginalMessage).TrimEnd('.')} while rendering {renderingFor}: a page larger or slower than SpoilerGen's template limits allow is an error, never cut short", DiagnosticCodes.TemplateLimit)
                : ThemeTemplates.ToDiagnostic(exception.Span, isError: true, $"{Innermost(exception.OriginalMessage).TrimEnd('.')}{ThrownBy(exception)} (while rendering {renderingFor})",
                    exception switch
                    {
                        MissingTranslationException => DiagnosticCodes.TranslationKeyMissing,
                        PrintedControlCharacterException => DiagnosticCodes.ControlCharacter,
                        _ => DiagnosticCodes.TemplateRender,
                    });
            var failure = new TemplateFailure(order, renderingFor, error);
            _failed.AddOrUpdate(templateName, failure, (_, earlier) => failure.IsBefore(earlier) ? failure : earlier);
            return null;
        }
    }

    /// <summary>
    /// The message Scriban nests once per template evaluated inside another (<c>object.eval_template</c> calling itself a
    /// hundred times gave a line of 2,500 characters): its innermost message, without the repeated places and parameter names.
    /// </summary>
    private static string Innermost(string message)
    {
        while (NestedPlace().Match(message) is { Success: true } place) message = message[place.Length..];
        while (message.EndsWith(ParameterSuffix, StringComparison.Ordinal)) message = message[..^ParameterSuffix.Length].TrimEnd();
        return message;
    }

    private const string ParameterSuffix = "(Parameter 'value')";

    [GeneratedRegex(@"^[^\n]*?\(\d+,\d+\)\s*:\s*error\s*:\s*")]
    private static partial Regex NestedPlace();

    /// <summary>
    /// Scriban reports what a function threw (one of its own, or the site's) with that exception's message alone: the
    /// exception's type is named too, so that a fault (a null where none can be) is told from a template's mistake.
    /// </summary>
    private static string ThrownBy(ScriptRuntimeException exception) =>
        exception.InnerException is { } inner and not ScriptRuntimeException ? $" ({inner.GetType().Name})" : "";

    /// <summary>
    /// Reports the failures of the earliest file that failed, once, after all renders: call when rendering is done.
    /// A later file's may have rendered or not, as the parallel render happened to go, so it waits for the next build.
    /// </summary>
    public void ReportFailures(long earliestOrder)
    {
        foreach (var failure in _failed.Values.Where(failure => failure.Order == earliestOrder).OrderBy(failure => failure.RenderingFor, StringComparer.Ordinal))
        {
            diagnostics.Add(failure.Error);
        }
    }
}
