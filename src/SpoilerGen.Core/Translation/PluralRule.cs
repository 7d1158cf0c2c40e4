namespace SpoilerGen.Translation;

/// <summary>
/// One CLDR plural rule (<c>i = 1 and v = 0</c>, <c>n % 10 = 2..4 and n % 100 != 12..14</c>), read from its
/// text as CLDR writes it, so that a language's rules are data in its table. Counts in a guide are whole
/// numbers: the operands of fractions (v, w, f, t) and of compact exponents (e, c) are 0.
/// </summary>
public sealed class PluralRule
{
    private readonly Func<long, bool> _matches;

    private PluralRule(Func<long, bool> matches) => _matches = matches;

    public bool Matches(long count) => _matches(count);

    /// <summary>The rule, or null with <paramref name="problem"/> saying why the text is not one.</summary>
    public static PluralRule? Parse(string text, out string? problem)
    {
        // Samples ("@integer 1, 21") are documentation, not part of the condition.
        var at = text.IndexOf('@');
        var tokens = Tokenize(at >= 0 ? text[..at] : text);
        var position = 0;
        try
        {
            var condition = OrCondition(tokens, ref position);
            if (position != tokens.Count) throw new FormatException($"'{tokens[position]}' was not expected");
            problem = null;
            return new PluralRule(condition);
        }
        catch (FormatException exception)
        {
            problem = exception.Message;
            return null;
        }
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        for (var index = 0; index < text.Length;)
        {
            var character = text[index];
            if (char.IsWhiteSpace(character)) { index++; continue; }
            var start = index;
            if (char.IsAsciiDigit(character)) while (index < text.Length && char.IsAsciiDigit(text[index])) index++;
            else if (char.IsAsciiLetter(character)) while (index < text.Length && char.IsAsciiLetter(text[index])) index++;
            else if (text.AsSpan(index).StartsWith("..") || text.AsSpan(index).StartsWith("!=")) index += 2;
            else index++;
            tokens.Add(text[start..index]);
        }
        return tokens;
    }

    private static Func<long, bool> OrCondition(List<string> tokens, ref int position)
    {
        var any = new List<Func<long, bool>> { AndCondition(tokens, ref position) };
        while (Accept(tokens, ref position, "or")) any.Add(AndCondition(tokens, ref position));
        return count => any.Exists(condition => condition(count));
    }

    private static Func<long, bool> AndCondition(List<string> tokens, ref int position)
    {
        var all = new List<Func<long, bool>> { Relation(tokens, ref position) };
        while (Accept(tokens, ref position, "and")) all.Add(Relation(tokens, ref position));
        return count => all.TrueForAll(relation => relation(count));
    }

    private static Func<long, bool> Relation(List<string> tokens, ref int position)
    {
        var operand = Next(tokens, ref position);
        Func<long, long> value = operand switch
        {
            "n" or "i" => count => Math.Abs(count),
            "v" or "w" or "f" or "t" or "e" or "c" => _ => 0,
            _ => throw new FormatException($"'{operand}' is not a plural operand (n, i, v, w, f, t, e, c)"),
        };
        if (Accept(tokens, ref position, "%") || Accept(tokens, ref position, "mod"))
        {
            var modulus = Number(tokens, ref position);
            if (modulus == 0) throw new FormatException("'% 0' divides by zero");
            var whole = value;
            value = count => whole(count) % modulus;
        }
        bool negated;
        if (Accept(tokens, ref position, "=")) negated = false;
        else if (Accept(tokens, ref position, "!=")) negated = true;
        else if (Accept(tokens, ref position, "is")) negated = Accept(tokens, ref position, "not");
        else
        {
            negated = Accept(tokens, ref position, "not");
            if (!Accept(tokens, ref position, "in") && !Accept(tokens, ref position, "within"))
                throw new FormatException($"a relation needs '=', '!=', 'is' or 'in' after '{operand}'");
        }
        var ranges = new List<(long From, long To)>();
        do
        {
            var from = Number(tokens, ref position);
            ranges.Add(Accept(tokens, ref position, "..") ? (from, Number(tokens, ref position)) : (from, from));
        }
        while (Accept(tokens, ref position, ","));
        return count =>
        {
            var actual = value(count);
            return ranges.Exists(range => actual >= range.From && actual <= range.To) != negated;
        };
    }

    private static long Number(List<string> tokens, ref int position)
    {
        var token = Next(tokens, ref position);
        return long.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"'{token}' is not a whole number");
    }

    private static string Next(List<string> tokens, ref int position) =>
        position < tokens.Count ? tokens[position++] : throw new FormatException("the rule ends too early");

    private static bool Accept(List<string> tokens, ref int position, string token)
    {
        if (position >= tokens.Count || tokens[position] != token) return false;
        position++;
        return true;
    }
}
