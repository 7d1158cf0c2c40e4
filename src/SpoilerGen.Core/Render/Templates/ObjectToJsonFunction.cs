using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// The templates' <c>object.to_json</c>: Scriban's function, written without reflection (<see cref="ScriptValueJson"/>),
/// so that it runs in the native build as in the other. <c>{{ page | object.to_json }}</c> is the page as the template
/// reads it, nothing more.
/// </summary>
/// <remarks>
/// Its JSON is printed as it is in the page's text (inside <c>&lt;script type="application/json"&gt;</c> HTML-escaping
/// would break it; the JSON escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> in every string, so it holds no markup) and
/// escaped inside a tag, where an attribute's value needs its quotes escaped.
/// </remarks>
public sealed class ObjectToJsonFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count != 1) throw new ScriptRuntimeException(span, $"object.to_json takes one value, not {arguments.Count}");
        var json = ScriptValueJson.Write(context, span, arguments[0]);
        return new HtmlFragment(json) { Text = json };
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
