using System.Collections.Immutable;
using SpoilerGen.Model;

namespace SpoilerGen.Check;

/// <summary>
/// The names in what every reader sees from the start (the titles, summaries and tags of the pages shown from the start,
/// the site's own words): never warned about. Kept as each page's public texts and a count of each name over them, so that
/// only the pages whose public texts changed are read again.
/// </summary>
/// <param name="Texts">The public texts of each page by its key, and the site's own under <see cref="SiteKey"/>.</param>
/// <param name="Terms">Each public name by how many of those texts give it.</param>
public sealed record PublicTerms(ImmutableDictionary<string, ImmutableArray<string>> Texts, ImmutableDictionary<string, int> Terms)
{
    private const int MaximumTermWords = PageText.MaximumTermWords;

    // No page's key starts with a NUL.
    private const string SiteKey = "\0site";

    public static PublicTerms Empty { get; } = new(
        ImmutableDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, int>(StringComparer.Ordinal));

    public bool Contains(string term) => Terms.ContainsKey(term);

    /// <summary>The public names of <paramref name="site"/>, and those that came or went since these.</summary>
    public (PublicTerms Terms, HashSet<string> Changed) With(SiteModel site)
    {
        var now = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal) { [SiteKey] = SiteTexts(site) };
        foreach (var page in site.Pages.Where(p => p.Level == 0)) now[page.Key] = PageTexts(page);

        var delta = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = Texts.ToBuilder();
        foreach (var (key, before) in Texts.Where(entry => !now.ContainsKey(entry.Key)))
        {
            foreach (var term in TermsOf(before)) Counts.Add(delta, term, -1);
            texts.Remove(key);
        }
        foreach (var (key, after) in now)
        {
            var before = Texts.GetValueOrDefault(key);
            if (!before.IsDefault && before.SequenceEqual(after, StringComparer.Ordinal)) continue;
            if (!before.IsDefault) foreach (var term in TermsOf(before)) Counts.Add(delta, term, -1);
            foreach (var term in TermsOf(after)) Counts.Add(delta, term, 1);
            texts[key] = after;
        }
        var changed = new HashSet<string>(StringComparer.Ordinal);
        return (new PublicTerms(texts.ToImmutable(), Counts.Apply(Terms, delta, changed)), changed);
    }

    private static ImmutableArray<string> SiteTexts(SiteModel site)
    {
        var texts = ImmutableArray.CreateBuilder<string>();
        texts.Add(site.Config.Title);
        texts.Add(site.Config.SeriesTitle);
        // Names the author declares no spoiler ('check: { allow_names: [Gi-hun] }') count as shown from the start.
        texts.AddRange(site.Config.Authoring.AllowedNames);
        if (site.Config.Description is { } description) texts.Add(description);
        return texts.ToImmutable();
    }

    private static ImmutableArray<string> PageTexts(SitePage page)
    {
        var texts = ImmutableArray.CreateBuilder<string>();
        texts.Add(page.TitleAt(0));
        if (page.SummaryAt(0) is { } summary) texts.Add(summary);
        texts.AddRange(page.TagsAt(0).Select(tag => tag.Name));
        return texts.ToImmutable();
    }

    /// <summary>Every run of capitalised words of up to <see cref="MaximumTermWords"/> words in the texts, and every word, each once a text.</summary>
    private static IEnumerable<string> TermsOf(ImmutableArray<string> texts)
    {
        foreach (var text in texts)
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            var segment = new TextSegment("", text, [], IsHeading: true);
            foreach (var run in WordRun.In(segment))
            {
                for (var first = 0; first < run.Words.Count; first++)
                {
                    for (var last = first; last < Math.Min(run.Words.Count, first + MaximumTermWords); last++) terms.Add(run.Text(first, last));
                }
            }
            foreach (System.Text.RegularExpressions.Match word in WordRun.WordsOf(text)) terms.Add(word.Value);
            foreach (var term in terms) yield return term;
        }
    }
}
