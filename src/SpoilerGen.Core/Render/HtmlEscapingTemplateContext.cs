using System.Collections.Concurrent;
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
/// Scriban finds the members of each view type by reflection, once per context; a render makes a new
/// context, so the accessors are shared through the dictionary given, made once per build.
/// Made again for every page, they made the runtime emit new reflection stubs and collect them again.
/// </remarks>
public sealed class HtmlEscapingTemplateContext : TemplateContext
{
    private readonly ConcurrentDictionary<Type, IObjectAccessor> _memberAccessors;

    public HtmlEscapingTemplateContext(ScriptObject builtins, ConcurrentDictionary<Type, IObjectAccessor> memberAccessors) : base(builtins)
    {
        _memberAccessors = memberAccessors;
        // Scriban's default prints nothing for a member that does not exist, so a typo would publish a page with a hole in it.
        EnableRelaxedMemberAccess = false;
    }

    /// <summary>
    /// Scriban's built-in functions with <c>include</c> replaced, made once per build and shared by every render.
    /// They are read-only, every object in them too: <c>{{ string.last = page.title }}</c> in one tree's page would
    /// otherwise be seen by every later render of the build, the root's pages and earlier trees included.
    /// </summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        builtins.SetValue("include", new RawIncludeFunction(), readOnly: true);
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
        if (_memberAccessors.TryGetValue(target.GetType(), out var shared)) return shared;
        var accessor = base.GetMemberAccessorImpl(target);
        if (accessor is null) return accessor!;
        // Objects a template makes ({{ x = {} }}) are its own to change; the site's views and the built-ins
        // (each of its own type) are shared, and say so when written to.
        if (target is not IScriptObject || (target is ScriptObject { IsReadOnly: true } && target.GetType() != typeof(ScriptObject)))
        {
            accessor = new ReadOnlyObjectAccessor(accessor);
        }
        return _memberAccessors.GetOrAdd(target.GetType(), accessor);
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
