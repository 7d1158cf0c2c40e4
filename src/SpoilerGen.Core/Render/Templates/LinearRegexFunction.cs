using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// One function of the templates' <c>regex</c> object, or <c>html.strip</c> (<see cref="TemplateRegexFunctions"/>): its string arguments in
/// Scriban's order (the text first, so that <c>{{ text | regex.match "pattern" }}</c> reads as in Scriban), run on .NET's
/// non-backtracking engine.
/// </summary>
/// <remarks>
/// Scriban's own functions run the backtracking engine under a wall-clock timeout, so a template could match on an idle
/// machine and fail on a busy one: a build's result depended on the load. This engine takes time in proportion to the
/// text for every pattern it accepts, so no timeout is needed; a pattern it cannot run (a backreference, a lookaround,
/// an atomic group) is an error at the call, never a silent fallback to the backtracking engine.
/// </remarks>
public sealed class LinearRegexFunction(string name, string[] parameters, int requiredCount, Func<string[], object> run) : IScriptCustomFunction
{
    public int RequiredParameterCount => requiredCount;

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => index < requiredCount
        ? new ScriptParameterInfo(typeof(string), parameters[index])
        : new ScriptParameterInfo(typeof(string), parameters[index], null);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count < requiredCount || arguments.Count > parameters.Length)
            throw new ScriptRuntimeException(span, $"{name} takes {string.Join(", ", parameters)}{(requiredCount < parameters.Length ? " (the last is optional)" : "")}, not {arguments.Count} arguments");
        var values = arguments.Select(argument => argument is null ? "" : context.ObjectToString(argument) ?? "").ToArray();
        try
        {
            return run(values);
        }
        catch (NotSupportedException exception)
        {
            throw new ScriptRuntimeException(span, $"{name} runs patterns in time proportional to the text, and this one needs a construct that cannot be (a backreference, a lookaround or an atomic group): {exception.Message}");
        }
        catch (RegexParseException exception)
        {
            throw new ScriptRuntimeException(span, $"{name}: the pattern is not a regular expression: {exception.Message}");
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
