using System.Globalization;
using System.Text;

namespace SpoilerGen.Translation;

/// <summary>
/// How a language writes a whole number: its grouping separator ("1,234", "1.234", "1 234") and from how
/// many digits it groups at all (Spanish writes "1234" but "12.345"). Written by hand because the tool runs
/// with invariant globalization: there is no ICU to ask.
/// </summary>
public sealed record NumberFormat(string GroupSeparator, int MinimumGroupingDigits)
{
    public static NumberFormat Default { get; } = new(",", 1);

    public string Format(long number)
    {
        var digits = Math.Abs(number).ToString(CultureInfo.InvariantCulture);
        var sign = number < 0 ? "-" : "";
        if (digits.Length < 3 + MinimumGroupingDigits) return sign + digits;
        var text = new StringBuilder(sign);
        var first = digits.Length % 3 == 0 ? 3 : digits.Length % 3;
        text.Append(digits, 0, first);
        for (var index = first; index < digits.Length; index += 3) text.Append(GroupSeparator).Append(digits, index, 3);
        return text.ToString();
    }
}
