using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SpoilerGen.Translation;

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
    /// Scriban's built-in functions and the site's <c>t</c> (<see cref="TranslateFunction"/>), with <c>include</c> and <c>regex</c> (<see cref="TemplateRegexFunctions"/>) replaced and <c>date.now</c> reading the build's
    /// <paramref name="clock"/> (Scriban's own reads the local time zone's clock), made once per build and
    /// shared by every render. They are read-only, every object in them too: <c>{{ string.last = page.title }}</c>
    /// in one tree's page would otherwise be seen by every later render of the build, the root's pages and
    /// earlier trees included.
    /// </summary>
    public static ScriptObject CreateBuiltins(BuildClock clock, LanguageTable words)
    {
        var builtins = GetDefaultBuiltinObject();
        builtins.SetValue(TemplateTranslationKeys.FunctionName, new TranslateFunction(words), readOnly: true);
        builtins.SetValue("include", new RawIncludeFunction(), readOnly: true);
        builtins.SetValue(TemplateRegexFunctions.ObjectName, new TemplateRegexFunctions(), readOnly: true);
        if (builtins["html"] is ScriptObject html) html.SetValue("strip", TemplateRegexFunctions.HtmlStrip(), readOnly: true);
        if (builtins["date"] is ScriptObject date) date.SetValue("now", DelegateCustomFunction.CreateFunc(() => clock.Now), readOnly: true);
        MakeReadOnly(builtins);
        return builtins;
    }

    private static void MakeReadOnly(ScriptObject root)
    {
        var pending = new Stack<ScriptObject>([root]);
        var seen = new HashSet<ScriptObject>(ReferenceEqualityComparer.Instance);
        while (pending.TryPop(out var scriptObject))
        {
            if (!seen.Add(scriptObject)) continue;
            foreach (var member in scriptObject.GetMembers().ToList())
            {
                if (scriptObject.TryGetValue(member, out var value) && value is ScriptObject inner) pending.Push(inner);
                scriptObject.SetReadOnly(member, true);
            }
            scriptObject.IsReadOnly = true;
        }
    }

    protected override IObjectAccessor GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        // The views are made afresh for each render, and objects a template makes ({{ x = {} }}) are its own;
        // the built-ins (each of its own type) are shared by every render, and say so when written to.
        return accessor is not null && target is ScriptObject { IsReadOnly: true } && target.GetType() != typeof(ScriptObject)
            ? new ReadOnlyObjectAccessor(accessor)
            : accessor!;
    }

    /// <summary>
    /// Evaluates a node; a string that an operator or a function builds past <see cref="TemplateLimits.BuiltStringCharacters"/>
    /// is a limit reached at that node (a value read as it is, such as a page's body, is not looked at).
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        // Scriban looks at the token only between a loop's steps; one page listing 20,000 tags took 34 s to stop.
        CancellationToken.ThrowIfCancellationRequested();
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (result is string { Length: > TemplateLimits.BuiltStringCharacters } built && scriptNode is ScriptBinaryExpression or ScriptFunctionCall or ScriptPipeCall)
        {
            throw new ScriptRuntimeException(scriptNode.Span,
                $"a string built here reaches {built.Length:N0} characters, over the limit of {TemplateLimits.BuiltStringCharacters:N0} for one string a template builds");
        }
        return result;
    }

    /// <summary>Whether what is printed next lands inside a tag (an attribute's value): the last '&lt;' written is after the last '&gt;'.</summary>
    private bool InsideTag()
    {
        if (Output is not StringBuilderOutput { Builder: var written }) return false;
        for (var index = written.Length - 1; index >= 0; index--)
        {
            if (written[index] == '>') return false;
            if (written[index] == '<') return true;
        }
        return false;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlFragment fragment)
        {
            var html = fragment.Text is { } text && InsideTag() ? WebUtility.HtmlEncode(text) : fragment.Html;
            Write(html);
            if (OutputCount > 1) _fragmentCharacters.GetOrCreateValue(Output).Value += html.Length;
            return this;
        }
        if (textAsObject is not null)
        {
            Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
            CheckCapturedLength(span);
        }
        return this;
    }

    // What a page's body (and any fragment printed as it is) added to each output a capture opened: not built by the template.
    private readonly ConditionalWeakTable<IScriptOutput, StrongBox<long>> _fragmentCharacters = [];

    /// <summary>
    /// A string a <c>capture</c> builds is held to <see cref="TemplateLimits.BuiltStringCharacters"/> like one an operator
    /// builds: Scriban counts a capture only against the page's output limit, so a capture doubled in a loop grew to
    /// 128 Mi characters (1.25 GB) before it stopped. A page's body printed into a capture as it is does not count.
    /// </summary>
    private void CheckCapturedLength(SourceSpan span)
    {
        if (OutputCount <= 1 || Output is not StringBuilderOutput { Builder.Length: var length } || length <= TemplateLimits.BuiltStringCharacters) return;
        var built = length - (_fragmentCharacters.TryGetValue(Output, out var fragments) ? fragments.Value : 0);
        if (built <= TemplateLimits.BuiltStringCharacters) return;
        throw new ScriptRuntimeException(span, string.Create(CultureInfo.InvariantCulture,
            $"a string captured here reaches {built:N0} characters, over the limit of {TemplateLimits.BuiltStringCharacters:N0} for one string a template builds"));
    }
}
