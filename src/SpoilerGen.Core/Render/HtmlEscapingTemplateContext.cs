using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SpoilerGen.Render;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, except <see cref="HtmlFragment"/>.
/// Scriban does not escape by itself; escaping here means a theme cannot forget to.
/// It is also strict: a misspelt member (<c>{{ site.titel }}</c>) is an error, not an empty string.
/// </summary>
/// <remarks>
/// Templates are given <see cref="Scriban.Runtime.ScriptObject"/>s (see <see cref="Views.ViewScriptObjects"/>),
/// never .NET objects that Scriban would read by reflection: the native build has no reflection to read them with.
/// </remarks>
public sealed class HtmlEscapingTemplateContext : TemplateContext
{
    public HtmlEscapingTemplateContext(ScriptObject builtins) : base(builtins)
    {
        // Scriban's default prints nothing for a member that does not exist, so a typo would publish a page with a hole in it.
        EnableRelaxedMemberAccess = false;
    }

    /// <summary>
    /// Scriban's built-in functions with <c>include</c> replaced, made once per build and shared, read-only,
    /// by every render.
    /// </summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        builtins.SetValue("include", new RawIncludeFunction(), readOnly: true);
        return builtins;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlFragment fragment)
        {
            Write(fragment.Html);
            return this;
        }
        if (textAsObject is not null)
        {
            Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
        }
        return this;
    }
}
