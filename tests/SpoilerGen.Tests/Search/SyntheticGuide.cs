using System.Text;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Search;

/// <summary>
/// A large guide of realistic English pages, for measuring what grows with a guide's size. Sentences
/// are sampled from a <see cref="SentenceCorpus"/>; because a small corpus has a far smaller vocabulary
/// than a real 1,000-page guide, every page also names recurring characters and places from a pool
/// and a few words of its own, which gives the index the long tail of rare terms a real guide has.
/// </summary>
public static class SyntheticGuide
{
    private static readonly string[] Syllables =
        ["ka", "ri", "mon", "sel", "do", "han", "ju", "beo", "tav", "ner", "lis", "quo", "pra", "dun", "wel", "zir", "om", "ta", "sun", "gi"];

    private static readonly string[] Connectives =
        ["{0} meets {1} near {2}.", "Later, {0} argues with {1} about what happened at {2}.", "{0} remembers {1} from the days at {2}.",
         "Fans of {0} point to the scene at {2}, where {1} finally speaks up."];

    /// <summary>Writes <paramref name="pageCount"/> pages of 300–500 words each, in sections of 100, into a one-episode site.</summary>
    public static TestSite Write(int pageCount, SentenceCorpus corpus, int seed = 20250101)
    {
        var random = new Random(seed);
        var names = Enumerable.Range(0, 400).Select(_ => Capitalized(Word(random))).Distinct().ToArray();
        var site = new TestSite(episodeCount: 1).WritePage("_index.md", "title: Synthetic guide", Paragraphs(random, corpus, names, 120));
        for (var page = 0; page < pageCount; page++)
        {
            var section = $"section-{page / 100:00}";
            if (page % 100 == 0) site.WritePage($"{section}/_index.md", $"title: Section {page / 100}", Paragraphs(random, corpus, names, 60));
            var subject = $"{Capitalized(Word(random))} {names[random.Next(names.Length)]}";
            var summary = corpus.Sentences[random.Next(corpus.Sentences.Count)].Replace("\"", "'");
            site.WritePage($"{section}/page-{page:0000}.md", $"title: \"{subject}\"\nsummary: \"{summary}\"",
                Paragraphs(random, corpus, names, random.Next(300, 501), subject));
        }
        return site;
    }

    private static string Paragraphs(Random random, SentenceCorpus corpus, string[] names, int words, string? subject = null)
    {
        var text = new StringBuilder();
        var own = Enumerable.Range(0, 4).Select(_ => Word(random)).ToArray();
        var count = 0;
        for (var sentence = 0; count < words; sentence++)
        {
            var next = sentence % 4 == 3
                ? string.Format(Connectives[random.Next(Connectives.Length)], subject ?? names[random.Next(names.Length)],
                    names[random.Next(names.Length)], $"the {own[random.Next(own.Length)]} {Word(random)}")
                : corpus.Sentences[random.Next(corpus.Sentences.Count)];
            text.Append(next).Append(sentence % 5 == 4 ? "\n\n" : " ");
            count += next.Split(' ').Length;
        }
        return text.ToString();
    }

    private static string Word(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
