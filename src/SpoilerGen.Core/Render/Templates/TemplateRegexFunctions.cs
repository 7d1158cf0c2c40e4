using System.Text.RegularExpressions;
using Scriban.Runtime;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// The templates' <c>regex</c> object: Scriban's six functions (<c>escape</c>, <c>unescape</c>, <c>match</c>, <c>matches</c>,
/// <c>replace</c>, <c>split</c>) with Scriban's arguments and results, each pattern run by the non-backtracking engine
/// (<see cref="LinearRegexFunction"/>), so that what a template matches never depends on how busy the machine is.
/// <c>html.strip</c>, which Scriban also runs with a regular expression, is replaced the same way.
/// </summary>
public sealed class TemplateRegexFunctions : ScriptObject
{
    public const string ObjectName = "regex";

    // A type of its own, as Scriban's: the built-ins' accessor tells them from objects a template makes by their type.
    public TemplateRegexFunctions()
    {
        Add("escape", ["pattern"], 1, values => Regex.Escape(values[0]));
        Add("unescape", ["pattern"], 1, values => Regex.Unescape(values[0]));
        Add("match", ["text", "pattern", "options"], 2, values => Groups(Regex.Match(values[0], values[1], OptionsOf(values))));
        Add("matches", ["text", "pattern", "options"], 2, values =>
            new ScriptArray(Regex.Matches(values[0], values[1], OptionsOf(values)).Select(Groups)));
        Add("replace", ["text", "pattern", "replace", "options"], 3, values => Regex.Replace(values[0], values[1], values[2], OptionsOf(values, 3)));
        Add("split", ["text", "pattern", "options"], 2, values => new ScriptArray(Regex.Split(values[0], values[1], OptionsOf(values))));
    }

    private void Add(string name, string[] parameters, int requiredCount, Func<string[], object> run) =>
        SetValue(name, new LinearRegexFunction($"{ObjectName}.{name}", parameters, requiredCount, run), readOnly: true);

    /// <summary>
    /// <c>html.strip</c>, Scriban's pattern on the same engine: Scriban's ran the backtracking engine under the same
    /// wall-clock timeout, and takes time in proportion to the square of a text of many unclosed <c>&lt;</c>.
    /// </summary>
    public static LinearRegexFunction HtmlStrip() => new("html.strip", ["text"], 1, values => Regex.Replace(values[0],
        @"<script.*?</script>|<!--.*?-->|<style.*?</style>|<(?:[^>=]|='[^']*'|=""[^""]*""|=[^'""][^\s>]*)*>", "",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline));

    /// <summary>A match's groups' values, the whole match first; empty when there is no match (as Scriban's).</summary>
    private static ScriptArray Groups(Match match) =>
        match.Success ? new ScriptArray(match.Groups.Cast<Group>().Select(group => group.Value)) : [];

    /// <summary>Scriban's option letters (i, m, s, x; others are ignored, as Scriban ignores them), always non-backtracking.</summary>
    private static RegexOptions OptionsOf(string[] values, int index = 2)
    {
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
        foreach (var letter in values.Length > index ? values[index] : "")
        {
            options |= letter switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };
        }
        return options;
    }
}
