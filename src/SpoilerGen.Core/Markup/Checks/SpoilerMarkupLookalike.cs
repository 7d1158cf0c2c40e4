using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SpoilerGen.Model;
using SpoilerGen.Text;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Recognises text that still looks like spoiler markup although no parser took it as markup: a near
/// miss such as <c>{Spoiler=s01e05}</c>, <c>{spoiler: s01e05}</c>, <c>::: Spoiler s01e05</c>,
/// <c>{s01e05}</c>, <c>{.spoiler}</c>, <c>[x](spoiler=s01e05)</c>, a misspelt <c>{spoller=s01e05}</c>, another
/// tool's shortcode (<c>{{&lt; spoiler s01e05 &gt;}}</c>), a stray front matter line <c>spoiler: s01e05</c>, or
/// markup written where Markdown does not parse it (code, raw HTML, a link's title, a front matter value).
/// Printed as it is, such text would publish what the author meant to hide, so it is an error.
/// </summary>
/// <remarks>
/// Invisible characters (zero-width spaces, joiners) are ignored while looking, so that they cannot hide a
/// near miss. Inside braces any word close to "spoiler" counts, and any episode id of the series; inside
/// brackets and parentheses, only what is followed by '=' or ':' as an attribute would be.
/// </remarks>
public static partial class SpoilerMarkupLookalike
{
    // Any case, any spacing: an attribute-like "{spoiler…", a fence-like "::spoiler" (two colons or
    // more, as near misses of ":::"), and the tail of an attribute whose brace went missing. Without backtracking: the tail
    // read from each "spoiler=" to the line's end, and 'spoiler=' × 40,000 on one line took 14.5 s (attack 8, #02).
    [GeneratedRegex(@"\{\s*spoilers?\b|^[ \t>]*:{2,}\s*spoilers?\b|\bspoilers?\s*[=:]\s*[^\s}]*\s*\}", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Pattern();

    // A fence-like line: two colons or more (also full-width ones) and a word, as near misses of "::: spoiler s01e05".
    [GeneratedRegex(@"^[ \t>]*[:：]{2,}[ \t]*(?<word>[^\W\d_]+)(?:[^\w\n]+(?<id>[a-z0-9][a-z0-9-]*))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex FenceLike();

    // A group in braces (or full-width braces), on one line, closed or not: "{s01e05}", "{.spoiler}",
    // "{< spoiler s01e05 >}" of "{{< … >}}", "{s01e05" with its brace forgotten.
    [GeneratedRegex(@"[{｛][^{}｛｝\n]{0,120}(?:[}｝)]|$)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex BraceGroup();

    // "word=" or "word:" inside brackets or parentheses, with what follows: "[spoiler=s01e05]", "(spoiler=s01e05)".
    [GeneratedRegex(@"[\[(［（]\s*(?<word>[^\W\d_]{4,12})\s*[=:＝]\s*[""']?(?<value>[^\s\])""'］）]*)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketAttribute();

    // "spoiler: s01e05", "spoiler s01e05", "data-spoiler=\"s01e05\"", "[spoiler s01e05]", "Spoiler — s01e05": the word
    // and an episode id with at most a few signs between them, as markup (or a front matter line) would have them. The id
    // is read for at most 65 characters, one more than an id may have, so that a word of a line of 'spoiler-' × 40,000
    // does not read the rest of the line as its id.
    [GeneratedRegex(@"(?<word>[^\W\d_]{5,10})(?=(?<rest>[^\w\n]{1,4}(?<id>[a-z0-9][a-z0-9-]{0,64})))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordThenId();

    [GeneratedRegex(@"^s\d{1,3}e\d{1,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EpisodeLikeId();

    [GeneratedRegex(@"[^\W_]+(?:-[^\W_]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>The first place in <paramref name="text"/> that looks like spoiler markup, or null.</summary>
    /// <param name="timeline">The series, whose episode ids in braces are markup too; without it, ids like <c>s01e05</c> count.</param>
    /// <param name="foreignSyntax">Whether to look for other tools' spoiler syntax too (the body's lines are read for it on their own).</param>
    /// <param name="isCode">Whether the text is code: data keyed by episode (<c>{"s01e02": …}</c>) and a 'spoiler: s01e05' line are code there, not markup.</param>
    public static LookalikeMatch? Find(string? text, Timeline? timeline = null, bool foreignSyntax = true, bool isCode = false)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var (visible, originalIndex) = WithoutInvisibleCharacters(text);
        var candidates = new List<LookalikeMatch>();

        if (foreignSyntax && ForeignSpoilerSyntaxFinder.Find(visible) is { } foreign)
        {
            candidates.Add(new LookalikeMatch(foreign.Index, foreign.Text, foreign.Syntax));
        }
        if (visible.Contains("spoiler", StringComparison.OrdinalIgnoreCase) && Pattern().Match(visible) is { Success: true } exact)
        {
            candidates.Add(new LookalikeMatch(exact.Index, exact.Value));
        }
        foreach (var fence in FenceLike().EachMatch(visible))
        {
            var word = fence.Groups["word"].Value;
            if (word.Equals("spoiler", StringComparison.Ordinal) && !fence.Value.Contains('：')) continue;
            if (IsSpoilerWord(word) || (fence.Groups["id"].Success && IsEpisodeId(fence.Groups["id"].Value, timeline)))
            {
                candidates.Add(new LookalikeMatch(fence.Index, fence.Value));
                break;
            }
        }
        if (visible.Contains('{') || visible.Contains('｛'))
        {
            foreach (var group in BraceGroup().EachMatch(visible))
            {
                // Episode ids may hold '-', so whole hyphenated words are ids; their parts may be "spoiler".
                if (Word().EachMatch(group.Value).Any(word => word.Value.Split('-').Any(IsSpoilerWord)))
                {
                    candidates.Add(new LookalikeMatch(group.Index, group.Value));
                    break;
                }
                if (!isCode && EpisodeInBraces(visible, group, timeline) is { } ambiguity)
                {
                    candidates.Add(new LookalikeMatch(group.Index, group.Value, Ambiguity: ambiguity));
                    break;
                }
            }
        }
        if (visible.Contains('[') || visible.Contains('('))
        {
            foreach (var attribute in BracketAttribute().EachMatch(visible))
            {
                // "(spoilers: none)" is prose; "(spoiler=)" and "(spoiler=s01e05)" are markup gone astray.
                var value = attribute.Groups["value"].Value;
                if (!IsSpoilerWord(attribute.Groups["word"].Value) || (value.Length > 0 && !IsEpisodeId(value, timeline))) continue;
                candidates.Add(new LookalikeMatch(attribute.Index, attribute.Value));
                break;
            }
        }
        if (!isCode && (visible.Contains("poil", StringComparison.OrdinalIgnoreCase) || visible.Contains("pol", StringComparison.OrdinalIgnoreCase)
            || visible.Contains("pil", StringComparison.OrdinalIgnoreCase)))
        {
            // A lookahead, so that a word in front ("Major spoiler: s01e05") cannot swallow "spoiler" as its id.
            foreach (var pair in WordThenId().EachMatch(visible))
            {
                if (!IsSpoilerWord(pair.Groups["word"].Value) || !IsEpisodeId(pair.Groups["id"].Value, timeline)) continue;
                candidates.Add(new LookalikeMatch(pair.Index, pair.Value + pair.Groups["rest"].Value));
                break;
            }
        }

        if (candidates.Count == 0) return null;
        var first = candidates.MinBy(candidate => candidate.Index)!;
        return first with { Index = originalIndex[first.Index] };
    }

    /// <summary>
    /// Why a group in braces that names only episodes is refused, or null when it is prose. In an attribute's place
    /// (right after ']' or other text, or last on its line, as a heading's attribute) it reads as "hide this until
    /// s01e05" although SpoilerGen's attribute is '{spoiler=s01e05}'; in the middle of a sentence
    /// ("The recap {s01e02} is coming soon.") it is text. "{4/5}" names no episode, even when episodes are numbered.
    /// </summary>
    private static string? EpisodeInBraces(string text, Match group, Timeline? timeline)
    {
        var inner = group.Value[1..].TrimEnd('}', '｝', ')');
        var tokens = inner.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var ids = tokens.Select(token => token.TrimStart('=', '#', '.', ':').TrimEnd(',', ';', '.', ')', '}', '｝')).Where(token => IsEpisodeId(token, timeline)).ToList();
        if (ids.Count == 0) return null;
        var closed = group.Value.EndsWith('}') || group.Value.EndsWith('｝');
        var before = group.Index > 0 ? text[group.Index - 1] : '\n';
        var lineEnd = text.IndexOf('\n', group.Index + group.Length);
        var restOfLine = text[(group.Index + group.Length)..(lineEnd < 0 ? text.Length : lineEnd)];
        var rightAfterText = !char.IsWhiteSpace(before);
        var lastOnLine = string.IsNullOrWhiteSpace(restOfLine);
        if (closed && !rightAfterText && !lastOnLine) return null;
        if (!closed && !rightAfterText) return null;
        return $"an episode id in braces where an attribute goes ({(rightAfterText ? "right after the text before it" : "last on its line")}) reads as \"hide this until {ids[0]}\", " +
            $"but SpoilerGen does not read it so and would publish the text in every tree; to hide words write '[words]{{spoiler={ids[0]}}}', to hide a heading's section end its line with '{{spoiler={ids[0]}}}', " +
            "and to print the id, write it without braces or in the middle of a sentence";
    }

    /// <summary>The message for text found in <paramref name="where"/> ("a code span", "the title").</summary>
    public static string Message(string found, string where) =>
        $"{where} holds '{found.Trim()}', which looks like spoiler markup but is not read as markup, so it would be published in every tree; " +
        "write exactly '[text]{spoiler=s01e05}', '## Title {spoiler=s01e05}' or a line '::: spoiler s01e05', in Markdown text (not in code or HTML)";

    /// <summary>"spoiler", "spoilers" and their misspellings: one edit for short words, two for longer ones.</summary>
    internal static bool IsSpoilerWord(string word) => IsSpoilerWord(word.AsSpan());

    /// <inheritdoc cref="IsSpoilerWord(string)"/>
    internal static bool IsSpoilerWord(ReadOnlySpan<char> word)
    {
        if (word.Length is < 5 or > 10 || !HasMostSpoilerLetters(word)) return false;
        // The word itself, as every phrase's attribute writes it: no edit distance for each of a page's thousands of phrases.
        if (word.Equals("spoiler", StringComparison.OrdinalIgnoreCase) || word.Equals("spoilers", StringComparison.OrdinalIgnoreCase)) return true;
        var lower = word.ToString().ToLowerInvariant();
        if (EnglishNeighbours.Contains(lower)) return false;
        var allowed = lower.Length <= 7 ? 1 : 2;
        return EditDistance(lower, "spoiler") <= allowed || EditDistance(lower, "spoilers") <= allowed;
    }

    /// <summary>
    /// Two edits bring in at most two letters, so a word two edits from "spoiler(s)" holds at least five of its seven
    /// letters: a cheap test that spares the edit distance for nearly every word of a long page.
    /// </summary>
    private static bool HasMostSpoilerLetters(ReadOnlySpan<char> word)
    {
        var found = 0;
        foreach (var character in word)
        {
            found |= char.ToLowerInvariant(character) switch { 's' => 1, 'p' => 2, 'o' => 4, 'i' => 8, 'l' => 16, 'e' => 32, 'r' => 64, _ => 0 };
        }
        return System.Numerics.BitOperations.PopCount((uint)found) >= 5;
    }

    // Real words one or two edits from "spoiler", which prose uses and markup never does.
    private static readonly HashSet<string> EnglishNeighbours =
        ["spoiled", "spoils", "spoilt", "spoil", "boiler", "boilers", "broiler", "broilers", "soiled", "toiler", "toilers", "spooler", "spoilage", "sporer"];

    private static bool IsEpisodeId(string word, Timeline? timeline) =>
        (timeline is not null && timeline.TryGetLevel(word, out _)) || EpisodeLikeId().IsMatch(word);

    /// <summary>The text without format characters (zero-width spaces and joiners), and where each remaining character was.</summary>
    private static (string Text, int[] OriginalIndex) WithoutInvisibleCharacters(string text)
    {
        var visible = new StringBuilder(text.Length);
        var originalIndex = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.Format) continue;
            visible.Append(text[i]);
            originalIndex.Add(i);
        }
        originalIndex.Add(text.Length);
        return (visible.ToString(), [.. originalIndex]);
    }

    /// <summary>Edits between two words, a swap of two neighbouring letters counting as one ("spolier").</summary>
    private static int EditDistance(string first, string second)
    {
        var distance = new int[first.Length + 1, second.Length + 1];
        for (var i = 0; i <= first.Length; i++) distance[i, 0] = i;
        for (var j = 0; j <= second.Length; j++) distance[0, j] = j;
        for (var i = 1; i <= first.Length; i++)
        {
            for (var j = 1; j <= second.Length; j++)
            {
                var cost = first[i - 1] == second[j - 1] ? 0 : 1;
                distance[i, j] = Math.Min(Math.Min(distance[i - 1, j] + 1, distance[i, j - 1] + 1), distance[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && first[i - 1] == second[j - 2] && first[i - 2] == second[j - 1])
                {
                    distance[i, j] = Math.Min(distance[i, j], distance[i - 2, j - 2] + 1);
                }
            }
        }
        return distance[first.Length, second.Length];
    }
}
