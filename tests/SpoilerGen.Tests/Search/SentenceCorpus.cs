using System.Text.RegularExpressions;
using SpoilerGen.Testing;

namespace SpoilerGen.Tests.Search;

/// <summary>
/// Real English sentences to build synthetic guides from: the example guide's prose, with its markup
/// taken out. Only files of the repository, so that the measured size is the same on every machine.
/// </summary>
public sealed partial class SentenceCorpus
{
    private SentenceCorpus(IReadOnlyList<string> sentences, IReadOnlyList<string> sources) => (Sentences, Sources) = (sentences, sources);

    public IReadOnlyList<string> Sentences { get; }

    /// <summary>Where the sentences came from, for the size report.</summary>
    public IReadOnlyList<string> Sources { get; }

    public static SentenceCorpus Load()
    {
        // The English pages only: the Korean translations (*.ko.md) would make it another language's corpus.
        var markdown = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.ExampleSite, "content"), "*.md", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith(".ko.md", StringComparison.Ordinal)).Order().ToList();
        var sentences = markdown.SelectMany(file => SentencesOf(Prose(File.ReadAllText(file))))
            .Where(sentence => sentence.Split(' ').Length >= 4)
            .Distinct()
            .ToList();
        return new SentenceCorpus(sentences, [.. markdown.Select(Path.GetFileName).OfType<string>()]);
    }


    /// <summary>The paragraphs of a content file, without front matter, headings, fences, links or spoiler attributes.</summary>
    private static string Prose(string markdown)
    {
        var body = markdown.StartsWith("---", StringComparison.Ordinal) ? markdown[(markdown.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..] : markdown;
        var lines = body.Split('\n').Where(line => !line.StartsWith('#') && !line.StartsWith(":::", StringComparison.Ordinal) && !line.StartsWith('!'));
        var text = string.Join('\n', lines);
        text = SpoilerAttribute().Replace(text, "");
        return Link().Replace(text, "$1");
    }

    private static IEnumerable<string> SentencesOf(string text) =>
        SentenceEnd().Split(Whitespace().Replace(text, " ")).Select(sentence => sentence.Trim()).Where(sentence => sentence.Length > 0);

    [GeneratedRegex(@"\{spoiler=[^}]*\}")]
    private static partial Regex SpoilerAttribute();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z“""(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
