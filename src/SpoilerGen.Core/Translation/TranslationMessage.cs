using System.Text;

namespace SpoilerGen.Translation;

/// <summary>
/// One key's words in one language: a single text, or one text per plural category (<c>one</c>, <c>other</c>…).
/// A text may hold placeholders (<c>{count}</c>, <c>{episode}</c>) and words in square brackets, which the
/// theme shows only where there is room (<c>Change[ episode]</c>): in plain text they are kept, without the brackets.
/// </summary>
public sealed record TranslationMessage(IReadOnlyDictionary<string, string> Forms)
{
    public bool IsPlural => Forms.Count > 1 || !Forms.ContainsKey(PluralRules.Other);

    public static TranslationMessage Single(string text) => new(new Dictionary<string, string> { [PluralRules.Other] = text });

    /// <summary>The form for a count's category, else "other" (which CLDR gives every language).</summary>
    public string FormFor(string category) => Forms.TryGetValue(category, out var form) ? form : Forms[PluralRules.Other];

    /// <summary>
    /// The form with its placeholders filled and its bracketed words marked: <paramref name="literal"/> maps the
    /// text between them (escaping it, for HTML), <paramref name="placeholder"/> a placeholder's name to its value
    /// (null keeps the placeholder as written).
    /// </summary>
    public static string Compose(string form, Func<string, string> literal, Func<string, string?> placeholder, string wideOpen, string wideClose)
    {
        var text = new StringBuilder();
        var start = 0;
        void Flush(int end)
        {
            if (end > start) text.Append(literal(form[start..end]));
        }
        for (var index = 0; index < form.Length; index++)
        {
            switch (form[index])
            {
                case '[' or ']':
                    Flush(index);
                    text.Append(form[index] == '[' ? wideOpen : wideClose);
                    start = index + 1;
                    break;
                case '{' when form.IndexOf('}', index) is var end and > 0 && IsName(form.AsSpan(index + 1, end - index - 1)):
                    Flush(index);
                    text.Append(placeholder(form[(index + 1)..end]) ?? literal(form[index..(end + 1)]));
                    index = end;
                    start = end + 1;
                    break;
            }
        }
        Flush(form.Length);
        return text.ToString();
    }

    /// <summary>The names of the placeholders a text holds.</summary>
    public static IEnumerable<string> PlaceholdersOf(string form)
    {
        var names = new List<string>();
        Compose(form, _ => "", name => { names.Add(name); return ""; }, "", "");
        return names;
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty) return false;
        foreach (var character in name)
        {
            if (!char.IsAsciiLetterLower(character) && character != '_') return false;
        }
        return true;
    }
}
