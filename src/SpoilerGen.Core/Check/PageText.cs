using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Sources;
using SpoilerGen.Model;

namespace SpoilerGen.Check;

/// <summary>
/// One page's text as the author's lints read it, worked out once per parse: its segments, its runs of
/// capitalised words, the evidence its words give about names, and where each capitalised word is, from which
/// phrases of up to <see cref="MaximumTermWords"/> words are looked up as spans. Only the
/// comparison across pages is made again after an edit; an unchanged page's text is taken as it was.
/// </summary>
public sealed class PageText
{
    // Longer than any name or place ("Hyosan High School Science Lab"); a run of capitalised words is looked at in
    // pieces of at most this many, so that a paragraph of thousands of them costs time in proportion to its length.
    public const int MaximumTermWords = 8;

    private PageText(SourceBody? body, int level, int offset, string displayPath, string? sourceKey)
    {
        (Body, Level, Offset, DisplayPath, SourceKey) = (body, level, offset, displayPath, sourceKey);
    }

    // What the text was read from: the same parse (the same object), level, position and path give the same text.
    // Null for a text kept by an earlier build (RenderCacheFile), which is known by its SourceKey instead.
    private SourceBody? Body { get; }

    /// <summary>The page's level when the text was read.</summary>
    public int Level { get; }

    /// <summary>The lines of front matter before the body when the text was read.</summary>
    public int Offset { get; }

    /// <summary>
    /// A hash of the parse key (tool and config) and the source's bytes the text was read from; null when not known. The
    /// same key, level, offset and path give the same text: what lets a text kept by an earlier build stand for a parse.
    /// </summary>
    public string? SourceKey { get; }

    /// <summary>The page's display path: the path of every segment of it.</summary>
    public string DisplayPath { get; }

    /// <summary>Words written with a capital in the middle of a sentence (outside headings).</summary>
    public List<string> CapitalisedMidSentence { get; } = [];

    /// <summary>Words written in lower case.</summary>
    public List<string> LowerCase { get; } = [];

    /// <summary>The runs outside headings, where candidate terms come from.</summary>
    public List<CandidateRun> Runs { get; } = [];

    /// <summary>Every run of capitalised words, headings' too, in reading order: where phrases are looked for.</summary>
    public List<PhraseRun> PhraseRuns { get; } = [];

    /// <summary>Each word of <see cref="PhraseRuns"/> once: the pages where a new term may occur are those holding its first word.</summary>
    public HashSet<string> PhraseWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether this is the text of the page's parse (<paramref name="sourceKey"/>: see <see cref="SourceKey"/>).</summary>
    public bool IsReadFrom(SitePage page, int offset, string? sourceKey = null) =>
        (Body is not null ? ReferenceEquals(Body, page.Body) : sourceKey is not null && sourceKey == SourceKey)
        && Level == page.Level && Offset == offset && DisplayPath == page.DisplayPath;

    /// <summary>A text as an earlier build read it, without its parse: its lists are filled by the caller.</summary>
    internal static PageText Kept(string displayPath, int level, int offset, string sourceKey) => new(null, level, offset, displayPath, sourceKey);

    public static PageText Read(SitePage page, int offset, string? sourceKey = null)
    {
        var text = new PageText(page.Body!, page.Level, offset, page.DisplayPath, sourceKey);
        foreach (var segment in TextSegmentCollector.CollectPage(page, offset))
        {
            foreach (System.Text.RegularExpressions.Match word in WordRun.WordsOf(segment.Text))
            {
                if (!char.IsUpper(word.Value[0])) text.LowerCase.Add(word.Value);
                else if (!segment.IsHeading && !segment.IsSentenceStart(word.Index)) text.CapitalisedMidSentence.Add(word.Value);
            }
            foreach (var run in WordRun.In(segment))
            {
                if (!segment.IsHeading)
                {
                    var count = run.Words.Count;
                    text.Runs.Add(new CandidateRun(
                        [.. run.Words.Select(word => word.Value)], segment.IsSentenceStart(run.Words[0].Index),
                        run.Text(0, count - 1), count >= 2 ? run.Text(1, count - 1) : null));
                }
                // Word positions only: a phrase's text is made only when it is a term (a page of capitalised words has millions of phrases).
                text.PhraseRuns.Add(new PhraseRun(segment, [.. run.Words.Select(word => word.Index)], [.. run.Words.Select(word => word.Index + word.Length)]));
                foreach (var word in run.Words) text.PhraseWords.Add(word.Value);
            }
        }
        return text;
    }
}
