using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpoilerGen.Model;
using SpoilerGen.Translation;

namespace SpoilerGen.Render.Search;

/// <summary>
/// Writes a tree's <c>search-index.json</c> from that tree's pages only, as the tree shows them (titles,
/// summaries, tags and body text at its checkpoint), so searching tree k can never find text from past k.
/// The index is inverted: each term lists its pages, and the client matches typed words as prefixes.
/// </summary>
public sealed class SearchIndexWriter(SiteModel site)
{
    public const string FileName = PageViewBuilder.SearchIndexFileName;

    /// <summary>Shorter than a list's summary: ten results must fit on a phone screen.</summary>
    public const int ExcerptLength = 100;

    // The file is fetched as JSON, never inlined into HTML, so only JSON's own escaping is needed;
    // the default encoder would write every apostrophe, '+' and non-ASCII letter as \uXXXX.
    private readonly SearchIndexJsonContext _json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private readonly SearchTokenizer _tokenizer = new(StopWords.For(site.Config.Language));

    private ConcurrentDictionary<string, string[]>? _termsOfText = new(StringComparer.Ordinal);

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
        // Sorted once at the end, not kept sorted through every page's terms.
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var number = 0; number < pages.Count; number++)
        {
            foreach (var text in SearchableTexts(pages[number]))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var term in TermsOf(text, cancellationToken))
                {
                    if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                    // A page's words come together: a term it holds twice already ends with its number.
                    if (list.Count == 0 || list[^1] != number) list.Add(number);
                }
            }
        }
        var terms = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (term, list) in postings) terms[term] = PostingList.Encode(list);

        return new SearchIndex(
            SearchIndex.CurrentVersion,
            [.. _tokenizer.StopWords.Order(StringComparer.Ordinal)],
            [.. pages.Select(page => new SearchIndexPage(page.Title, page.Page.Key, Excerpt.Of(page.Summary ?? page.Body.Text, ExcerptLength)))],
            terms,
            _text,
            terms.Keys.Any(term => ScriptRuns.KindOf(System.Text.Rune.GetRuneAt(term, 0)) == ScriptKind.Hangul) ? KoreanParticles.Endings : []);
    }

    /// <summary>
    /// A text's distinct terms, each text read once for every tree: most pages read the same in many trees, and after an
    /// edit every tree's index is made again, from the same texts. Only which pages hold a term goes into the index, so
    /// a text's distinct terms give the same index as all its words.
    /// </summary>
    private string[] TermsOf(string text, CancellationToken cancellationToken)
    {
        string[] Read()
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
        return Volatile.Read(ref _termsOfText) is { } known ? known.GetOrAdd(text, _ => Read()) : Read();
    }

    /// <summary>
    /// Stops keeping each text's terms, once the render that makes every tree's index has finished: an index made
    /// later (when <c>serve</c> is first asked for it) reads its texts again rather than keep a render's terms alive.
    /// </summary>
    public void ForgetTexts() => Volatile.Write(ref _termsOfText, null);

    /// <summary>
    /// Everything the page shows in this tree that a reader might look for, text by text: no word runs
    /// from one into the next, and the body is not copied into one string with the rest.
    /// </summary>
    private static IEnumerable<string> SearchableTexts(TreePage page) =>
        [page.Title, page.Summary ?? "", .. page.Page.TagsAt(page.Tree.Index).Select(tag => tag.Name), page.Body.Text];
}
