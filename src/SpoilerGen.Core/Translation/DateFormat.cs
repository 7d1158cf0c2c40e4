using System.Globalization;

namespace SpoilerGen.Translation;

/// <summary>
/// How a language writes a date in full: a pattern with <c>{day}</c>, <c>{month}</c> (the month's name),
/// <c>{month_number}</c> and <c>{year}</c>, and the twelve month names. Data in the language's table,
/// because the tool runs with invariant globalization and cannot ask ICU.
/// </summary>
public sealed record DateFormat(string Pattern, IReadOnlyList<string> MonthNames)
{
    public static DateFormat Default { get; } = new("{year}-{month_number}-{day}", [.. Enumerable.Range(1, 12).Select(month => month.ToString(CultureInfo.InvariantCulture))]);

    public string Format(DateOnly date) => Pattern
        .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month_number}", date.Month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month}", MonthNames[date.Month - 1], StringComparison.Ordinal)
        .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
