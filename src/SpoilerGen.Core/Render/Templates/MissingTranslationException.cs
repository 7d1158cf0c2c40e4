using Scriban.Parsing;
using Scriban.Syntax;

namespace SpoilerGen.Render.Templates;

/// <summary>A template asked for a key its language's table lacks: reported at the template's position as SG0701, naming the key.</summary>
public sealed class MissingTranslationException(SourceSpan span, string key, string language)
    : ScriptRuntimeException(span, MessageFor(key, language))
{
    public string Key { get; } = key;

    public static string MessageFor(string key, string language) =>
        $"the key '{key}' has no words in '{language}': add it under 'text:' in i18n/{language}.yml (the README's i18n keys table has the English)";
}
