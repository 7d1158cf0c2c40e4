using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Net;

namespace SpoilerGen.Translation;

/// <summary>
/// Every word the theme and the reader's side of SpoilerGen show, in one language: the built-in table for
/// the language with the author's <c>i18n/LANG.yml</c> over it, its plural rules, number and date formats
/// and writing direction. Complete by construction: the loader reports every key it lacks, so a lookup of a
/// key the code uses never fails.
/// </summary>
public sealed class LanguageTable(string language, string direction, PluralRules plurals, NumberFormat numbers, DateFormat dates,
    ImmutableSortedDictionary<string, TranslationMessage> messages, string contentKey = "")
{
    /// <summary>A hash of the author's table file, empty without one: what an incremental render keys on besides the tool.</summary>
    public string ContentKey { get; } = contentKey;

    /// <summary>The language's code as the site names it (<c>ko</c>, <c>pt-BR</c>), for <c>lang</c> attributes.</summary>
    public string Language { get; } = language;

    /// <summary>The language's name in itself (<c>한국어</c>), for the links that let a reader pick a language.</summary>
    public string Name { get; init; } = language;

    /// <summary><c>ltr</c> or <c>rtl</c>, for the <c>dir</c> attribute.</summary>
    public string Direction { get; } = direction;

    public PluralRules Plurals { get; } = plurals;

    public NumberFormat Numbers { get; } = numbers;

    public DateFormat Dates { get; } = dates;

    public ImmutableSortedDictionary<string, TranslationMessage> Messages { get; } = messages;

    // What every render thread looks its words up in, many times a page: a hash table frozen once. In the native tool
    // under heavy load, a lookup in the sorted Messages from the parallel render now and then came back true with no
    // message (a NullReferenceException in Form, through t or a body's "new in" badge); with this table, not once in the same stress.
    private readonly FrozenDictionary<string, TranslationMessage> _lookup = messages.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The same table under the name the config gives the language.</summary>
    public LanguageTable Named(string name) => new(Language, Direction, Plurals, Numbers, Dates, Messages, ContentKey) { Name = name };

    public bool Has(string key) => _lookup.ContainsKey(key);

    /// <summary>A key's words as plain text (for JSON, feeds, attributes the code writes), its placeholders filled.</summary>
    public string Text(string key, long? count = null, params (string Name, string Value)[] arguments) =>
        TranslationMessage.Compose(Form(key, count), text => text, name => Argument(name, count, arguments), "", "");

    /// <summary>A key's words as HTML: the text escaped, each argument escaped unless it already is HTML, the bracketed words in a <c>span class="wide"</c>.</summary>
    public string Html(string key, long? count, Func<string, string?> escapedArgument) =>
        TranslationMessage.Compose(Form(key, count), WebUtility.HtmlEncode,
            name => name == "count" && count is { } number ? Numbers.Format(number) : escapedArgument(name),
            "<span class=\"wide\">", "</span>");

    private string Form(string key, long? count)
    {
        if (!_lookup.TryGetValue(key, out var message))
            throw new InvalidOperationException($"the translation key '{key}' is not in the table for '{Language}': the loader should have reported it");
        return message.FormFor(count is { } number ? Plurals.Select(number) : PluralRules.Other);
    }

    private string? Argument(string name, long? count, (string Name, string Value)[] arguments)
    {
        if (name == "count" && count is { } number) return Numbers.Format(number);
        foreach (var (argumentName, value) in arguments)
        {
            if (argumentName == name) return value;
        }
        return null;
    }
}
