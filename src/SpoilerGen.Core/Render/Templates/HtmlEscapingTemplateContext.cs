using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SpoilerGen.Text;
using SpoilerGen.Translation;

namespace SpoilerGen.Render.Templates;

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
    /// Scriban's built-in functions and the site's <c>t</c> (<see cref="TranslateFunction"/>), with <c>include</c>, <c>regex</c> (<see cref="TemplateRegexFunctions"/>)
    /// and <c>object.to_json</c> (<see cref="ObjectToJsonFunction"/>) replaced and <c>date.now</c> reading the build's
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
        if (builtins["date"] is ScriptObject date)
        {
            date.SetValue("now", DelegateCustomFunction.CreateFunc(() => clock.Now), readOnly: true);
            // Later Scriban versions add date.utc_now: it reads the same clock, never the machine's behind the build's back.
            if (date.ContainsKey("utc_now")) date.SetValue("utc_now", DelegateCustomFunction.CreateFunc(() => clock.Now), readOnly: true);
        }
        // Scriban's own serializes scalars by reflection, which the tool, compiled ahead of time, does not have.
        if (builtins["object"] is ScriptObject objects) objects.SetValue("to_json", new ObjectToJsonFunction(), readOnly: true);
        DirectBuiltins.Register(builtins);
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
        if (target is DateTime) return DateTimeAccessor.Instance;
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
        if (scriptNode is ScriptRawStatement raw && EnableOutput) WrittenTo(Output).AddTemplateText(raw);
        var pageOutput = scriptNode is ScriptPage ? Output : null;
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (result is string { Length: > TemplateLimits.BuiltStringCharacters } built && scriptNode is ScriptBinaryExpression or ScriptFunctionCall or ScriptPipeCall)
        {
            throw new ScriptRuntimeException(scriptNode.Span,
                $"a string built here reaches {built.Length:N0} characters, over the limit of {TemplateLimits.BuiltStringCharacters:N0} for one string a template builds");
        }
        switch (scriptNode)
        {
            case ScriptExpressionStatement:
                // Scriban prints a statement's value with its block's place: the statement's own is kept for it here.
                _statement = scriptNode.Span;
                break;
            case ScriptLiteral or ScriptBinaryExpression or ScriptFunctionCall or ScriptPipeCall or ScriptInterpolatedExpression or ScriptRawStatement when result is not null:
                _made.Add(result);
                break;
            case ScriptPage when pageOutput is not null:
                _lastPageWritten = WrittenTo(pageOutput);
                break;
        }
        return result;
    }

    // What each output of the render in progress holds that its templates wrote themselves (a capture and an include
    // write to outputs of their own), the values its templates made (by reference: a string read from the site is
    // another object, even when equal), and the statement whose value is printed next.
    private readonly Dictionary<IScriptOutput, TemplateWrittenText> _written = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<object> _made = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<HtmlFragment, TemplateWrittenText> _included = new(ReferenceEqualityComparer.Instance);
    private SourceSpan _statement;
    private TemplateWrittenText? _lastPageWritten;

    private TemplateWrittenText WrittenTo(IScriptOutput output)
    {
        if (!_written.TryGetValue(output, out var written)) _written[output] = written = new TemplateWrittenText();
        return written;
    }

    /// <summary>Starts a render: what the last one wrote is forgotten.</summary>
    public void BeginRender()
    {
        _written.Clear();
        _made.Clear();
        _included.Clear();
        _lastPageWritten = null;
        _statement = default;
    }

    /// <summary>What the render's templates wrote themselves into the page, once it is rendered (see <see cref="TemplateWrittenText"/>).</summary>
    public TemplateWrittenText Written => WrittenTo(Output);

    /// <summary>Marks <paramref name="fragment"/> as the output of the template an include just rendered.</summary>
    public HtmlFragment Included(HtmlFragment fragment)
    {
        if (_lastPageWritten is { } written) _included[fragment] = written;
        _lastPageWritten = null;
        return fragment;
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
            RefuseControlCharacters(span, html);
            Write(html);
            if (OutputCount > 1) _fragmentCharacters.GetOrCreateValue(Output).Value += html.Length;
            if (_included.TryGetValue(fragment, out var included)) WrittenTo(Output).Add(included);
            else AddWritten(fragment, html);
            return this;
        }
        if (textAsObject is not null)
        {
            var escaped = WebUtility.HtmlEncode(ObjectToString(textAsObject)) ?? "";
            RefuseControlCharacters(span, escaped);
            Write(escaped);
            // A capture's value is the output it wrote to, with what its templates wrote in it.
            if (textAsObject is IScriptOutput captured && _written.TryGetValue(captured, out var capturedWritten)) WrittenTo(Output).Add(capturedWritten);
            else AddWritten(textAsObject, escaped);
            CheckCapturedLength(span);
        }
        return this;
    }

    /// <summary>
    /// The template's own text is checked as it is loaded; what it prints is checked here, where its place is known: a
    /// string escape (<c>"\x1b"</c>) or a function's result can hold a character that no published file may.
    /// </summary>
    private void RefuseControlCharacters(SourceSpan span, string printed)
    {
        if (ControlCharacters.IndexOfFirst(printed) is not (var index and >= 0)) return;
        // Scriban gives a printed value its block's place; the statement's own is the one to fix.
        throw new PrintedControlCharacterException(_statement.Equals(default(SourceSpan)) ? span : _statement, printed[index]);
    }

    /// <summary>A value the template made, or a number or flag, is its writing; a string or fragment read from the site is not.</summary>
    private void AddWritten(object value, string written)
    {
        if (value is string or HtmlFragment && !_made.Contains(value)) WrittenTo(Output).AddSiteValue(written);
        else WrittenTo(Output).AddMadeValue(written, _statement);
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
