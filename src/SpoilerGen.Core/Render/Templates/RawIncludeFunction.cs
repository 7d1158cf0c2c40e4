using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// Scriban's <c>include</c>, returning its result as HTML: a partial's output is template output,
/// already escaped where it printed values, and must not be escaped a second time.
/// </summary>
public sealed class RawIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(HtmlFragment);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Included(context, _include.Invoke(context, callerContext, arguments, blockStatement) as string);

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Included(context, await _include.InvokeAsync(context, callerContext, arguments, blockStatement) as string);

    // The partial's output keeps, for the page that prints it, what the partial's own text and values were in it.
    private static HtmlFragment Included(TemplateContext context, string? html)
    {
        var fragment = new HtmlFragment(html ?? "");
        return context is HtmlEscapingTemplateContext escaping ? escaping.Included(fragment) : fragment;
    }
}
