namespace SpoilerGen.Render.Search;

/// <summary>
/// Words too common to narrow a search, per site language. They are left out of the index, which keeps
/// it small, and written into it, so that the client skips the same words in a query.
/// </summary>
public static class StopWords
{
    private static readonly string[] English =
    [
        "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
        "before", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have",
        "he", "her", "here", "hers", "him", "his", "how", "if", "in", "into", "is", "it", "its", "just", "me",
        "more", "most", "my", "no", "not", "now", "of", "on", "one", "only", "or", "other", "our", "out", "over",
        "she", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
    ];

    // Folded as the index folds them (no accents): "está" is "esta", "über" is "uber".
    private static readonly string[] Spanish =
    [
        "al", "como", "con", "de", "del", "el", "ella", "en", "es", "esta", "este", "fue", "ha", "la", "las", "le", "lo", "los", "mas",
        "me", "mi", "muy", "no", "nos", "para", "pero", "por", "que", "se", "si", "sin", "sobre", "su", "sus", "te", "tu", "un", "una", "uno", "y", "ya",
    ];

    private static readonly string[] Portuguese =
    [
        "ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos", "ela", "ele", "em", "entre", "era", "esta", "este", "foi", "ha", "isso",
        "mais", "mas", "na", "nao", "nas", "no", "nos", "num", "numa", "os", "ou", "para", "pela", "pelo", "por", "que", "se", "sem", "seu", "sua", "um", "uma",
    ];

    private static readonly string[] French =
    [
        "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "ils", "je", "la", "le", "les", "leur", "lui",
        "mais", "me", "ne", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "un", "une", "vous", "ete",
    ];

    private static readonly string[] German =
    [
        "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der", "des", "die", "ein", "eine", "einem", "einen", "einer",
        "er", "es", "fur", "hat", "ich", "im", "in", "ist", "mit", "nach", "nicht", "noch", "oder", "sein", "sich", "sie", "sind", "so", "uber", "und",
        "von", "vor", "war", "wie", "wird", "zu", "zum", "zur",
    ];

    /// <summary>
    /// The stop words for a site's <c>language</c> (e.g. <c>en</c>, <c>en-GB</c>); none for languages without a list.
    /// Japanese and Korean have none: their particles are cut off or fall inside bigrams (see <see cref="SearchTokenizer"/>).
    /// </summary>
    public static IReadOnlyList<string> For(string language) => language.Split('-', '_')[0].ToLowerInvariant() switch
    {
        "en" => English,
        "es" => Spanish,
        "pt" => Portuguese,
        "fr" => French,
        "de" => German,
        _ => [],
    };
}
