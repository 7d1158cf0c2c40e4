using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// The members of a date (<c>{{ date.now.year }}</c>, <c>{{ (date.parse "2024-05-01").month }}</c>), named as Scriban names
/// them. Scriban reads a .NET value's members by reflection, which the tool, compiled ahead of time, does not keep for
/// <see cref="DateTime"/>: there every member was "Cannot get member", while the same template built with the .NET tool.
/// </summary>
public sealed class DateTimeAccessor : IObjectAccessor
{
    public static DateTimeAccessor Instance { get; } = new();

    private static readonly IReadOnlyDictionary<string, Func<DateTime, object>> Members = new Dictionary<string, Func<DateTime, object>>(StringComparer.Ordinal)
    {
        ["year"] = date => date.Year,
        ["month"] = date => date.Month,
        ["day"] = date => date.Day,
        ["hour"] = date => date.Hour,
        ["minute"] = date => date.Minute,
        ["second"] = date => date.Second,
        ["millisecond"] = date => date.Millisecond,
        ["microsecond"] = date => date.Microsecond,
        ["nanosecond"] = date => date.Nanosecond,
        ["day_of_week"] = date => (int)date.DayOfWeek,
        ["day_of_year"] = date => date.DayOfYear,
        ["ticks"] = date => date.Ticks,
        ["date"] = date => date.Date,
        ["time_of_day"] = date => date.TimeOfDay,
        ["kind"] = date => date.Kind.ToString(),
    };

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => Members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => Members.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => Members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = target is DateTime date && Members.TryGetValue(member, out var read) ? read(date) : null;
        return value is not null;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        throw new ScriptRuntimeException(span, $"'{member}' of a date cannot be set; make another date with date.add_days and the like");

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}
