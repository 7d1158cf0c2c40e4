using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// One of Scriban's built-in functions, called directly instead of through the wrapper Scriban makes by reflection. The
/// tool compiled ahead of time keeps no wrapper for a function with an optional number (<c>string.slice</c>,
/// <c>string.index_of</c>), a nullable result (<c>date.parse</c>) or a dictionary parameter (<c>object.has_key</c>):
/// there they were "Cannot get member", while the same theme built with the .NET tool.
/// </summary>
public sealed class DirectBuiltinFunction(int requiredParameterCount, string[] parameterNames, Func<TemplateContext, ScriptNode?, ScriptArray, object?> call)
    : IScriptCustomFunction
{
    public int RequiredParameterCount => requiredParameterCount;

    public int ParameterCount => parameterNames.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), parameterNames[index]);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        call(context, callerContext, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(call(context, callerContext, arguments));
}
