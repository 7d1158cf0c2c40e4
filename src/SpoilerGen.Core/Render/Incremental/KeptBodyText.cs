using SpoilerGen.Render.Search;

namespace SpoilerGen.Render.Incremental;

/// <summary>
/// What a tree's search index and feed read of a page body's text, as <c>build</c>'s render cache keeps it in place of the
/// text: its two excerpts and its search terms in each language's table. Reading 25 MB of page texts (and hashing each to
/// find its terms) took a third of a build after a one-page edit; these are a few hundred bytes a text.
/// </summary>
/// <param name="FeedExcerpt">The text's excerpt as the feed shows it (<see cref="Excerpt.Of"/> at its default length).</param>
/// <param name="SearchExcerpt">The text's excerpt as the search index shows it (<see cref="SearchIndexWriter.ExcerptLength"/>).</param>
/// <param name="Terms">
/// The numbers of the text's distinct terms, in each table that read it (by the table itself), and the key of those terms
/// (<see cref="SearchTerms.KeyOf"/>), which stays the same across builds where the numbers do not.
/// </param>
public sealed record KeptBodyText(string FeedExcerpt, string SearchExcerpt, IReadOnlyList<(SearchTerms Table, int[] Numbers, string Key)> Terms)
{
    /// <summary>The text's terms as numbers into <paramref name="table"/>; null when that table did not read it (then it cannot be indexed).</summary>
    public int[]? NumbersIn(SearchTerms? table)
    {
        foreach (var (kept, numbers, _) in Terms)
        {
            if (ReferenceEquals(kept, table)) return numbers;
        }
        return null;
    }

    /// <summary>The key of the text's terms in <paramref name="table"/>; null when that table did not read it.</summary>
    public string? TermsKeyIn(SearchTerms? table)
    {
        foreach (var (kept, _, key) in Terms)
        {
            if (ReferenceEquals(kept, table)) return key;
        }
        return null;
    }
}
