using System.Text.Encodings.Web;
using System.Text.Json;
using SpoilerGen.Model;
using SpoilerGen.Render.Output;
using SpoilerGen.Text;
using SpoilerGen.Translation;

namespace SpoilerGen.Render.Search;

/// <summary>
/// Writes a tree's <c>search-index.json</c> from that tree's pages only, as the tree shows them (titles,
/// summaries, tags and body text at its checkpoint), so searching tree k can never find text from past k.
/// The index is inverted: each term lists its pages, and the client matches typed words as prefixes.
/// </summary>
/// <param name="known">
/// The terms of the texts an earlier build read, in this language and under the same tool and config (see
/// <see cref="SearchTerms"/>); null to read every text.
/// </param>
public sealed class SearchIndexWriter(SiteModel site, SearchTerms? known = null)
{
    public const string FileName = PageViewBuilder.SearchIndexFileName;

    /// <summary>Shorter than a list's summary: ten results must fit on a phone screen.</summary>
    public const int ExcerptLength = 100;

    // The file is fetched as JSON, never inlined into HTML, so only JSON's own escaping is needed;
    // the default encoder would write every apostrophe, '+' and non-ASCII letter as \uXXXX.
    private readonly SearchIndexJsonContext _json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private readonly SearchTokenizer _tokenizer = new(StopWords.For(site.Config.Language));

    private SearchTerms? _terms = known is not null && known.Language == site.Config.Language ? known : new SearchTerms(site.Config.Language);

    /// <summary>The terms of every text this writer read (or was given), for the render cache; null once forgotten.</summary>
    public SearchTerms? Terms => Volatile.Read(ref _terms);

    private readonly SearchIndexText _text = new(
        site.Config.Words.Text(TranslationKeys.SearchNoResults),
        site.Config.Words.Messages[TranslationKeys.SearchResults].Forms,
        site.Config.Words.Messages[TranslationKeys.SearchResultsFirst].Forms);

    // Serialized straight to UTF-8: the index of a large tree is hundreds of KB, too big to pass through a string too.
    public BinaryOutputFile Write(Tree tree, IReadOnlyList<TreePage> pages, CancellationToken cancellationToken = default) =>
        new(tree.Path + FileName, JsonSerializer.SerializeToUtf8Bytes(Build(pages, cancellationToken), _json.SearchIndex));

    /// <exception cref="OperationCanceledException">Ctrl+C or SIGTERM: a tree of a page of megabytes takes seconds to index.</exception>
    public SearchIndex Build(IReadOnlyList<TreePage> pages, CancellationToken cancellationToken = default)
    {
        // Each page's terms as numbers into one table: a page's texts are read once for every tree (and, through the
        // render cache, for every build until they change), and its terms are added by number, not hashed as strings.
        var terms = Volatile.Read(ref _terms) ?? new SearchTerms(site.Config.Language);
        var pageTerms = new List<int[]>[pages.Count];
        var largest = -1;
        for (var number = 0; number < pages.Count; number++)
        {
            var ofPage = pageTerms[number] = [];
            foreach (var text in SearchableTexts(pages[number]))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var numbers = terms.Of(text, read => Read(read, cancellationToken));
                ofPage.Add(numbers);
                foreach (var term in numbers) largest = Math.Max(largest, term);
            }
            // A body from build's render cache has no text, only its terms in the table that read it (the renderer takes a
            // cached tree only when each of its bodies has them in this language's table).
            var body = pages[number].Body;
            var ofBody = body.Kept is { } kept
                ? kept.NumbersIn(terms) ?? throw new InvalidOperationException($"the render cache kept no search terms for the body of {pages[number].Page.Key}")
                : terms.Of(body.Text, read => Read(read, cancellationToken));
            ofPage.Add(ofBody);
            foreach (var term in ofBody) largest = Math.Max(largest, term);
        }
        // Each term's pages, counted first and then filled, each list one array of its exact size; a term that a page's
        // title, summary, tags and body share counts once for it (pages come in order, so the last page seen tells).
        var counts = new int[largest + 1];
        var postings = new int[largest + 1][];
        var lastPage = new int[largest + 1];
        EachPageOfEachTerm(fill: false);
        var used = new List<int>();
        for (var term = 0; term < counts.Length; term++)
        {
            if (counts[term] == 0) continue;
            used.Add(term);
            postings[term] = new int[counts[term]];
            counts[term] = 0;
        }
        EachPageOfEachTerm(fill: true);

        // Counts each term's pages, or (the counts made, the arrays sized) fills them in.
        void EachPageOfEachTerm(bool fill)
        {
            Array.Fill(lastPage, -1);
            for (var number = 0; number < pages.Count; number++)
            {
                foreach (var numbers in pageTerms[number])
                {
                    foreach (var term in numbers)
                    {
                        if (lastPage[term] == number) continue;
                        lastPage[term] = number;
                        if (fill) postings[term][counts[term]++] = number;
                        else counts[term]++;
                    }
                }
            }
        }
        var names = terms.TermsOf(used);
        var order = used.ToArray();
        Array.Sort(names, order, StringComparer.Ordinal);
        var encoded = new string[order.Length];
        for (var index = 0; index < order.Length; index++) encoded[index] = PostingList.Encode(postings[order[index]]);
        var sorted = new SortedTerms(names, encoded);

        return new SearchIndex(
            SearchIndex.CurrentVersion,
            [.. _tokenizer.StopWords.Order(StringComparer.Ordinal)],
            [.. pages.Select(page => new SearchIndexPage(page.Title, page.Page.Key, page.Summary is { } summary ? Excerpt.Of(summary, ExcerptLength) : page.Body.SearchExcerpt))],
            sorted,
            _text,
            names.Any(term => ScriptRuns.KindOf(System.Text.Rune.GetRuneAt(term, 0)) == ScriptKind.Hangul) ? KoreanParticles.Endings : []);
    }

    /// <summary>
    /// A key of everything the tree's index is made from, page by page (its title, address, excerpt, tags and terms): the
    /// index of pages with the same key is the same file. Reads (and keeps the terms of) any text not read before.
    /// </summary>
    public string EntriesKey(Tree tree, IReadOnlyList<TreePage> pages, CancellationToken cancellationToken = default)
    {
        var terms = Volatile.Read(ref _terms) ?? new SearchTerms(site.Config.Language);
        using var key = new ContentKey();
        key.Add("search index").Add(tree.Path).Add(pages.Count);
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            key.Add(page.Page.Key).Add(page.Title).Add(page.Summary);
            if (page.Summary is null) key.Add(page.Body.SearchExcerpt);
            var tags = page.Page.TagsAt(page.Tree.Index).ToList();
            key.Add(tags.Count);
            foreach (var tag in tags) key.Add(tag.Name);
            key.Add(page.Body.Kept is { } kept
                ? kept.TermsKeyIn(terms) ?? throw new InvalidOperationException($"the render cache kept no search terms for the body of {page.Page.Key}")
                : terms.KeyOf(terms.Of(page.Body.Text, read => Read(read, cancellationToken))));
        }
        return key.Finish();
    }

    /// <summary>
    /// A text's distinct terms. Only which pages hold a term goes into the index, so a text's distinct terms give the
    /// same index as all its words.
    /// </summary>
    private string[] Read(string text, CancellationToken cancellationToken)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var read = 0;
        foreach (var term in SearchTokenizer.Words(text).SelectMany(_tokenizer.TermsOf))
        {
            if (++read % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
            terms.Add(term);
        }
        return [.. terms];
    }

    /// <summary>
    /// Stops keeping each text's terms, once the render that makes every tree's index has finished: an index made
    /// later (when <c>serve</c> is first asked for it) reads its texts again rather than keep a render's terms alive.
    /// </summary>
    public void ForgetTexts() => Volatile.Write(ref _terms, null);

    /// <summary>
    /// Everything the page shows in this tree that a reader might look for but its body (read after these), text by text:
    /// no word runs from one into the next, and the body is not copied into one string with the rest.
    /// </summary>
    private static IEnumerable<string> SearchableTexts(TreePage page) =>
        [page.Title, page.Summary ?? "", .. page.Page.TagsAt(page.Tree.Index).Select(tag => tag.Name)];
}
