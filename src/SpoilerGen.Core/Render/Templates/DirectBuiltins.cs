using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// The built-ins that the ahead-of-time compiled tool lost (see <see cref="DirectBuiltinFunction"/>), put back under their
/// own names, each calling Scriban's own code, so that a theme prints the same in the native executable as in the .NET tool.
/// </summary>
public static class DirectBuiltins
{
    public static void Register(ScriptObject builtins)
    {
        if (builtins["date"] is ScriptObject date)
        {
            date.SetValue("parse", new DirectBuiltinFunction(1, ["text", "pattern", "culture"], (context, caller, arguments) =>
                DateTimeFunctions.Parse(context, Text(context, arguments, 0), Text(context, arguments, 1), Text(context, arguments, 2))), readOnly: true);
        }
        if (builtins["string"] is ScriptObject strings)
        {
            strings.SetValue("slice", new DirectBuiltinFunction(2, ["text", "start", "length"], (context, caller, arguments) =>
                StringFunctions.Slice(Text(context, arguments, 0), Number(context, caller, arguments, 1) ?? 0, Number(context, caller, arguments, 2))), readOnly: true);
            strings.SetValue("index_of", new DirectBuiltinFunction(2, ["text", "search", "start", "count", "comparison"], (context, caller, arguments) =>
                StringFunctions.IndexOf(Text(context, arguments, 0) ?? "", Text(context, arguments, 1) ?? "", Number(context, caller, arguments, 2),
                    Number(context, caller, arguments, 3), Text(context, arguments, 4))), readOnly: true);
        }
        if (builtins["object"] is ScriptObject objects)
        {
            objects.SetValue("has_key", new DirectBuiltinFunction(2, ["value", "key"], (context, caller, arguments) =>
                ObjectFunctions.HasKey(arguments[0] as IDictionary<string, object?>, Text(context, arguments, 1))), readOnly: true);
            objects.SetValue("has_value", new DirectBuiltinFunction(2, ["value", "key"], (context, caller, arguments) =>
                ObjectFunctions.HasValue(arguments[0] as IDictionary<string, object?>, Text(context, arguments, 1))), readOnly: true);
        }
        if (builtins["timespan"] is ScriptObject timespans) timespans.SetValue("zero", TimeSpan.Zero, readOnly: true);
    }

    private static string? Text(TemplateContext context, ScriptArray arguments, int index) =>
        index < arguments.Count && arguments[index] is { } value ? context.ObjectToString(value) : null;

    private static int? Number(TemplateContext context, ScriptNode? caller, ScriptArray arguments, int index) =>
        index < arguments.Count && arguments[index] is { } value ? context.ToInt(caller?.Span ?? default, value) : null;
}
