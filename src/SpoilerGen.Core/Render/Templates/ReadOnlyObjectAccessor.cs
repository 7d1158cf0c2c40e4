using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// Gives templates the members of a view object (site, page, tree, …) or a built-in (string, date, …) to read,
/// never to write: they are shared by every render, and a value one page wrote would reach pages of other trees.
/// </summary>
public sealed class ReadOnlyObjectAccessor(IObjectAccessor inner) : IObjectAccessor
{
    public bool HasIndexer => inner.HasIndexer;

    public Type? IndexType => inner.IndexType;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => inner.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => inner.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => inner.HasMember(context, span, target, member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value) =>
        inner.TryGetValue(context, span, target, member, out value);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        throw new ScriptRuntimeException(span, $"'{member}' cannot be set: the site's values and Scriban's built-ins are read-only in templates, shared by every page; assign to a variable of your own instead");

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        inner.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        throw new ScriptRuntimeException(span, "an item of the site's values cannot be set: they are read-only in templates, shared by every page; copy them into a variable of your own instead");
}
