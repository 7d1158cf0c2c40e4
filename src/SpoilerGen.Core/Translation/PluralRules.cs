namespace SpoilerGen.Translation;

/// <summary>
/// A language's plural categories in CLDR order (zero, one, two, few, many), each with its rule; a count
/// that none matches is "other", as in CLDR. Japanese and Korean have no rule: every count is "other".
/// </summary>
public sealed class PluralRules(IReadOnlyList<(string Category, PluralRule Rule)> rules)
{
    public const string Other = "other";

    /// <summary>The categories CLDR names, in its order.</summary>
    public static readonly string[] Categories = ["zero", "one", "two", "few", "many", Other];

    public static PluralRules None { get; } = new([]);

    public IEnumerable<string> CategoryNames => rules.Select(rule => rule.Category).Append(Other);

    public string Select(long count)
    {
        foreach (var (category, rule) in rules)
        {
            if (rule.Matches(count)) return category;
        }
        return Other;
    }
}
