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

    /// <summary>The stop words for a site's <c>language</c> (e.g. <c>en</c>, <c>en-GB</c>); none for languages without a list.</summary>
    public static IReadOnlyList<string> For(string language) =>
        language.Split('-', '_')[0].Equals("en", StringComparison.OrdinalIgnoreCase) ? English : [];
}
