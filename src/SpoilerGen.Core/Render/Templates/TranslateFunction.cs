using System.Collections;
using System.Net;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SpoilerGen.Translation;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// The templates' <c>t</c>: a key's words in the site's language, as HTML. <c>{{ t "menu" }}</c>;
/// with a count, which picks the plural form and fills <c>{count}</c> in the language's number format,
/// <c>{{ t "search.results" 3 }}</c>; with placeholders, <c>{{ t "bar.safe_up_to" { episode: tree.label } }}</c>;
/// and, last, an element to wrap each placeholder's value in: <c>{{ t "bar.safe_up_to" { episode: tree.label } "strong" }}</c>.
/// </summary>
/// <remarks>
/// A key the table lacks is an error at the template's line and column that names the key, never an empty
/// string or another language's words (<see cref="TemplateTranslationKeys"/> reports the literal keys before any render).
/// </remarks>
public sealed class TranslateFunction(LanguageTable table) : IScriptCustomFunction
{
    private static readonly string[] WrappingElements = ["strong", "em", "b", "i", "span", "bdi"];

    public int RequiredParameterCount => 1;

    public int ParameterCount => 4;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(HtmlFragment);

    public ScriptParameterInfo GetParameterInfo(int index) => index switch
    {
        0 => new ScriptParameterInfo(typeof(string), "key"),
        _ => new ScriptParameterInfo(typeof(object), "argument", null),
    };

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count == 0 || arguments[0] is not string key)
            throw new ScriptRuntimeException(span, "t takes a key in quotes first, as in {{ t \"menu\" }}");
        if (!table.Has(key)) throw new MissingTranslationException(span, key, table.Language);
        long? count = null;
        IDictionary? values = null;
        string? element = null;
        for (var index = 1; index < arguments.Count; index++)
        {
            var argument = arguments[index];
            switch (argument)
            {
                case null: break;
                case int or long or short or byte or uint or ulong: count = Convert.ToInt64(argument, System.Globalization.CultureInfo.InvariantCulture); break;
                case IDictionary dictionary: values = dictionary; break;
                case string name when Array.IndexOf(WrappingElements, name) >= 0: element = name; break;
                default:
                    throw new ScriptRuntimeException(span, $"t's arguments after the key are a whole number (the count), an object of placeholders and an element ({string.Join(", ", WrappingElements)}), not '{argument}'");
            }
        }
        return values is null
            ? new HtmlFragment(table.Html(key, count, NoPlaceholder)) { Text = table.Text(key, count) }
            : WithPlaceholders(context, key, count, values, element);
    }

    private static readonly Func<string, string?> NoPlaceholder = _ => null;

    private HtmlFragment WithPlaceholders(TemplateContext context, string key, long? count, IDictionary values, string? element)
    {
        var html = table.Html(key, count, name =>
        {
            if (!values.Contains(name)) return null;
            var value = values[name];
            var html = value is HtmlFragment fragment ? fragment.Html : WebUtility.HtmlEncode(context.ObjectToString(value));
            return element is null ? html : $"<{element}>{html}</{element}>";
        });
        // In an attribute (aria-label="{{ t "bar.change_episode" }}") the words are text: no span for the [bracketed] words.
        var textArguments = new List<(string Name, string Value)>(values.Count);
        foreach (var name in values.Keys)
        {
            var value = values[name];
            textArguments.Add((context.ObjectToString(name) ?? "", value is HtmlFragment { Text: { } text } ? text : context.ObjectToString(value) ?? ""));
        }
        return new HtmlFragment(html) { Text = table.Text(key, count, [.. textArguments]) };
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
