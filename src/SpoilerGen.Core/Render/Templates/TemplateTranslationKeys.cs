using Scriban.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Translation;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// Finds every key a theme's templates ask for by name (<c>{{ t "menu" }}</c>) and reports, before anything is
/// rendered, each one the language's table lacks, at its template line and column. A key made at render time
/// is checked where it is asked for (<see cref="MissingTranslationException"/>).
/// </summary>
public static class TemplateTranslationKeys
{
    public const string FunctionName = "t";

    public static void Check(ThemeTemplates theme, LanguageTable table, DiagnosticBag diagnostics)
    {
        foreach (var (name, template) in theme.Templates)
        {
            foreach (var (key, span) in KeysIn(template.Page))
            {
                if (!table.Has(key))
                {
                    diagnostics.Add(ThemeTemplates.ToDiagnostic(span, isError: true, MissingTranslationException.MessageFor(key, table.Language), DiagnosticCodes.TranslationKeyMissing));
                }
            }
        }
    }

    /// <summary>The literal keys of every <c>t</c> call in a parsed template, with where each is written.</summary>
    public static IEnumerable<(string Key, Scriban.Parsing.SourceSpan Span)> KeysIn(ScriptNode? root)
    {
        if (root is null) yield break;
        var pending = new Stack<ScriptNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (node is ScriptFunctionCall { Target: ScriptVariable { Name: FunctionName } } call && call.Arguments.Count > 0 && call.Arguments[0] is ScriptLiteral { Value: string key })
            {
                yield return (key, call.Arguments[0].Span);
            }
            for (var index = 0; index < node.ChildrenCount; index++)
            {
                if (node.GetChildren(index) is { } child) pending.Push(child);
            }
        }
    }
}
