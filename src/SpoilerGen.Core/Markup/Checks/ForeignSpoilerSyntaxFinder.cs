using System.Text.RegularExpressions;
using SpoilerGen.Text;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Finds other tools' spoiler syntax in a text, line by line. Most of it is a word ("spoiler", a misspelling of it,
/// "hidden", "details") whose neighbours say which tool it belongs to: <c>[</c> before and <c>]</c> or <c>=</c> after
/// is BBCode, <c>&lt;</c> before is an HTML element, <c>[!</c> a callout, <c>{{</c> a wiki template, and so on; so
/// each word is read once, with what surrounds it, whatever words come before it on the line and in any case.
/// The rest are pairs of signs that mean "spoiler" on their own (<c>&gt;!</c>, <c>||…||</c>, <c>~!…!~</c>).
/// </summary>
/// <remarks>
/// Prose stays free: a link whose text is "Spoilers" (<c>[Spoilers](s.md)</c>), "spoiled", "spoilers ahead", <c>a || b</c>,
/// and a table's empty cells (<c>| a | | b |</c>) are not markup. The caller leaves out code, which is printed as code.
/// </remarks>
/// <para>
/// Every pattern that reads a line or a window of one runs without backtracking (<see cref="RegexOptions.NonBacktracking"/>),
/// in time in proportion to what it reads: a backtracking pattern read from each of its starts to the line's end, and
/// '&lt;x ' × 100,000 on one line took 42 s of CPU time, deaf to SIGTERM (attack 8, #02). A pattern anchored at the line's
/// start, read once a line, may backtrack.
/// </para>
public static partial class ForeignSpoilerSyntaxFinder
{
    private const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // Blockquote and list markers before a line's content, which line-start syntaxes may follow.
    [GeneratedRegex(@"^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*")]
    private static partial Regex ContainerPrefix();

    // Greedy over one class and always a match where it starts: linear as it is, and faster than without backtracking.
    [GeneratedRegex(@"[^\W\d_]+", RegexOptions.CultureInvariant)]
    private static partial Regex Letters();

    // Discord also hides '|| words ||' with spaces inside; a letter between the bars keeps '| a || b |' table rows out.
    [GeneratedRegex(@"\|\|[^\s|](?:[^|\n]*?[^\s|])?\|\||\|\|[ \t]+[^|\n]*?\p{L}[^|\n]*?\|\|", Linear)]
    private static partial Regex DiscordPair();

    [GeneratedRegex(@"~![ \t]*\S(?:.*?\S)?[ \t]*!~", Linear)]
    private static partial Regex AniListPair();

    // Old Reddit's spoiler link: '[Spoiler](/s "the hidden words")', or '[](/s "…")'.
    [GeneratedRegex(@"\[[^\]\n]*\]\(/s[ \t]+[""']", Linear)]
    private static partial Regex RedditSpoilerLink();

    [GeneratedRegex(@"%%\S(?:.*?\S)?%%|^\s*%%\s*$", Linear)]
    private static partial Regex ObsidianComment();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden|content-visibility\s*:\s*hidden|<[a-z][\w-]*(?:\s[^>]*)?\s(?:hidden|inert)[\s=/>]", Linear | RegexOptions.IgnoreCase)]
    private static partial Regex CssHiding();

    [GeneratedRegex(@"\bcollapsed::\s*true\b", Linear | RegexOptions.IgnoreCase)]
    private static partial Regex LogseqCollapsed();

    [GeneratedRegex(@"class(?:name)?\s*=\s*[""']?[^""'<>=]*$", Linear | RegexOptions.IgnoreCase)]
    private static partial Regex InsideClassValue();

    [GeneratedRegex(@"data-[\w-]*$", Linear | RegexOptions.IgnoreCase)]
    private static partial Regex DataAttributeName();

    [GeneratedRegex(@"<summary[^>]*>[^<]*$", Linear | RegexOptions.IgnoreCase)]
    private static partial Regex InsideSummary();

    [GeneratedRegex(@"<!--[\s/]*(?:end[\s_-]*)?$", Linear | RegexOptions.IgnoreCase)]
    private static partial Regex CommentOpening();

    [GeneratedRegex(@"(?<open>\{\{[<%]?|\{%)[\s#/\-<%]*$", Linear)]
    private static partial Regex TemplateOpening();

    [GeneratedRegex(@"^(?:\?\?\?\+?|!!!)[ \t]")]
    private static partial Regex AdmonitionMarker();

    [GeneratedRegex(@"(?:```+|~~~+)[ \t]*[{.]?[ \t]*$", Linear)]
    private static partial Regex FenceOpening();

    [GeneratedRegex(@"\bepisode\b|\bs\d{1,3}e\d{1,4}\b", Linear | RegexOptions.IgnoreCase)]
    private static partial Regex EpisodeMention();

    // Words that name hiding in BBCode, HTML, wiki templates or classes, besides "spoiler" itself.
    private static readonly HashSet<string> HidingWords = new(StringComparer.OrdinalIgnoreCase) { "hide", "hidden", "details", "collapse", "collapsed", "collapsible", "cot", "toggle" };

    // How far before a word its context is read: longer than any tag, attribute or opening these syntaxes write.
    private const int ContextWindow = 1024;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HidingWordLookup = HidingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first piece of another tool's spoiler syntax in <paramref name="text"/>, or null.</summary>
    /// <exception cref="OperationCanceledException">Ctrl+C or SIGTERM, looked at for each word that could be markup.</exception>
    public static ForeignSyntaxMatch? Find(string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            if (FindInLine(line, cancellationToken) is { } found) return found with { Index = found.Index + lineStart };
            lineStart += line.Length + 1;
        }
        return null;
    }

    private static ForeignSyntaxMatch? FindInLine(string line, CancellationToken cancellationToken)
    {
        if (line.Length < 3) return null;
        var candidates = new List<ForeignSyntaxMatch>();
        var contentStart = ContainerPrefix().Match(line).Length;
        // A quote marker may be the '>' of Reddit's '>!': the prefix took it, so look at the raw line too.
        AddReddit(line, candidates);
        AddMatch(DiscordPair().Match(line), ForeignSpoilerSyntax.Discord, candidates);
        AddMatch(AniListPair().Match(line), ForeignSpoilerSyntax.AniList, candidates);
        AddMatch(RedditSpoilerLink().Match(line), ForeignSpoilerSyntax.RedditLink, candidates);
        AddMatch(ObsidianComment().Match(line), ForeignSpoilerSyntax.ObsidianComment, candidates);
        // The pattern reads the character after 'hidden' or 'inert' (a lookahead would backtrack): it is not part of the syntax shown.
        if (CssHiding().Match(line) is { Success: true } hiding) candidates.Add(new ForeignSyntaxMatch(hiding.Index, hiding.Value.TrimEnd('=', '/', '>'), ForeignSpoilerSyntax.CssHiding));
        AddMatch(LogseqCollapsed().Match(line), ForeignSpoilerSyntax.LogseqCollapsed, candidates);
        AddLiteral(line, "[[more]]", ForeignSpoilerSyntax.TumblrCut, candidates);
        AddLiteral(line, "[%collapsible", ForeignSpoilerSyntax.AsciiDocCollapsible, candidates);

        var content = line[contentStart..];
        var admonition = AdmonitionMarker().IsMatch(content);
        foreach (var word in Letters().EachMatch(line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Classify(line, word.Index, word.Length, contentStart, admonition) is { } found)
            {
                candidates.Add(found);
                break;
            }
        }
        return candidates.Count == 0 ? null : candidates.MinBy(candidate => candidate.Index);
    }

    /// <summary>What the word at <paramref name="start"/> belongs to, read from its neighbours.</summary>
    private static ForeignSyntaxMatch? Classify(string line, int start, int length, int contentStart, bool admonition)
    {
        // Most words of a page are none of these: decided on the span, without a string for each.
        var span = line.AsSpan(start, length);
        var isSpoiler = SpoilerMarkupLookalike.IsSpoilerWord(span) || (span.StartsWith("end", StringComparison.OrdinalIgnoreCase) && SpoilerMarkupLookalike.IsSpoilerWord(span[3..]));
        var isHiding = HidingWordLookup.Contains(span);
        if (!isSpoiler && !isHiding && !line.AsSpan(0, start).TrimEnd(" \t").EndsWith("[!")) return null;

        // Only the nearest text around a word can make it markup; windows keep a line of thousands of such words linear.
        var windowStart = Math.Max(0, start - ContextWindow);
        // SpoilerGen's own attribute ('[text]{spoiler=s01e05}'): of the syntaxes below only an admonition's line, an HTML
        // class value or a <summary> can hold it, so the rest are not looked for. A line of 200,000 phrases cut two
        // windows out and ran every pattern for each (about 4 s of a 9 s build).
        if (!admonition && IsOwnAttribute(line, start, length))
        {
            var window = line.AsSpan(windowStart, start - windowStart);
            if (!InsideClassValue().IsMatch(window) && !InsideSummary().IsMatch(window)) return null;
        }
        var word = span.ToString();
        var before = line[windowStart..start];
        var tight = before.TrimEnd(' ', '\t');
        var after = line.Substring(start + length, Math.Min(ContextWindow, line.Length - start - length));
        var next = after.TrimStart(' ', '\t');
        ForeignSyntaxMatch At(int index, ForeignSpoilerSyntax syntax) => new(index, line[index..], syntax);
        ForeignSyntaxMatch AtBefore(int indexInBefore, ForeignSpoilerSyntax syntax) => At(windowStart + indexInBefore, syntax);

        if (tight.EndsWith("[!", StringComparison.Ordinal))
        {
            if (isSpoiler) return AtBefore(tight.Length - 2, ForeignSpoilerSyntax.Callout);
            if (next.StartsWith("]-", StringComparison.Ordinal) || next.StartsWith("]+", StringComparison.Ordinal)) return AtBefore(tight.Length - 2, ForeignSpoilerSyntax.FoldingCallout);
            return null;
        }
        if (admonition && isSpoiler) return At(contentStart, ForeignSpoilerSyntax.MkDocs);
        if (isSpoiler && start == contentStart + 1 && line[contentStart] == '.') return At(contentStart, ForeignSpoilerSyntax.AsciiDocTitle);
        if (isSpoiler && tight.EndsWith("[[", StringComparison.Ordinal) && next.StartsWith(':')) return AtBefore(tight.Length - 2, ForeignSpoilerSyntax.TvTropes);
        if (tight.EndsWith("[/", StringComparison.Ordinal) && next.StartsWith(']')) return AtBefore(tight.Length - 2, ForeignSpoilerSyntax.BbCode);
        if (tight.EndsWith('[') && !tight.EndsWith("[[", StringComparison.Ordinal) && IsBbCodeOpening(next, word, isSpoiler)) return AtBefore(tight.Length - 1, ForeignSpoilerSyntax.BbCode);
        if (isSpoiler && (before.EndsWith('<') || before.EndsWith("</", StringComparison.Ordinal)) && (next.Length == 0 || after.Length == 0 || after[0] is '>' or ' ' or '\t' or '/' or '='))
        {
            return AtBefore(before.LastIndexOf('<'), ForeignSpoilerSyntax.HtmlElement);
        }
        if (CommentOpening().Match(before) is { Success: true } comment && isSpoiler) return AtBefore(comment.Index, ForeignSpoilerSyntax.CommentMarkers);
        if (TemplateOpening().Match(before) is { Success: true } template && (isSpoiler || isHiding))
        {
            var open = template.Groups["open"].Value;
            return AtBefore(template.Index, open == "{%" ? ForeignSpoilerSyntax.LiquidTag : open.Length == 3 ? ForeignSpoilerSyntax.HugoShortcode : ForeignSpoilerSyntax.WikiTemplate);
        }
        if (isSpoiler && DataAttributeName().Match(before) is { Success: true } data) return AtBefore(data.Index, ForeignSpoilerSyntax.DataAttribute);
        if ((isSpoiler || word.Equals("collapsed", StringComparison.OrdinalIgnoreCase) || word.Equals("collapsible", StringComparison.OrdinalIgnoreCase)
                || (word.Equals("hidden", StringComparison.OrdinalIgnoreCase) && !before.EndsWith('-')))
            && InsideClassValue().Match(before) is { Success: true } classValue)
        {
            return AtBefore(classValue.Index, ForeignSpoilerSyntax.ClassAttribute);
        }
        if (isSpoiler && InsideSummary().Match(before) is { Success: true } summary) return At(DetailsStart(line, windowStart + summary.Index), ForeignSpoilerSyntax.Details);
        if (isSpoiler && FenceOpening().Match(before) is { Success: true } fence && windowStart + fence.Index <= contentStart) return AtBefore(fence.Index, ForeignSpoilerSyntax.CodeFence);
        return null;
    }

    /// <summary>Whether the word is "spoiler" in SpoilerGen's attribute, right after a phrase's ']{' and before its '='.</summary>
    private static bool IsOwnAttribute(string line, int start, int length) =>
        start >= 2 && line[start - 1] == '{' && line[start - 2] == ']' && start + length < line.Length && line[start + length] == '='
        && line.AsSpan(start, length).SequenceEqual("spoiler");

    /// <summary>
    /// "[spoiler]", "[spoiler=Episode 5]", "[SPOILER="…"]", "[spoiler s01e05]", "[hide]", "[details=…]": the word closes the
    /// tag or gives it a value. A link's text ("[Spoilers](s.md)", "[spoilers][1]") is not a tag.
    /// </summary>
    private static bool IsBbCodeOpening(string next, string word, bool isSpoiler)
    {
        if (next.StartsWith('=')) return isSpoiler || HidingWords.Contains(word);
        if (word.Equals("details", StringComparison.OrdinalIgnoreCase) || !(isSpoiler || word.Equals("hide", StringComparison.OrdinalIgnoreCase) || word.Equals("hidden", StringComparison.OrdinalIgnoreCase))) return false;
        // "[hidden]{spoiler=s01e05}" is SpoilerGen's own phrase, whose text happens to be the word: not a tag.
        if (next.StartsWith(']')) return !(next.StartsWith("](", StringComparison.Ordinal) || next.StartsWith("][", StringComparison.Ordinal) || next.StartsWith("]:", StringComparison.Ordinal) || next.StartsWith("]{", StringComparison.Ordinal));
        // "[spoiler s01e05]": one more word, an episode id, then the bracket.
        var close = next.IndexOf(']');
        if (!isSpoiler || close <= 0 || next[(close + 1)..].StartsWith('{')) return false;
        var value = next[..close].Trim();
        return !value.Contains(' ') && (EpisodeMention().IsMatch(value) || value.Any(char.IsDigit));
    }

    private static int DetailsStart(string line, int summaryIndex)
    {
        var details = line.LastIndexOf("<details", summaryIndex, StringComparison.OrdinalIgnoreCase);
        return details >= 0 ? details : summaryIndex;
    }

    private static void AddReddit(string line, List<ForeignSyntaxMatch> candidates)
    {
        for (var index = line.IndexOf(">!", StringComparison.Ordinal); index >= 0; index = line.IndexOf(">!", index + 2, StringComparison.Ordinal))
        {
            var atLineStart = line.AsSpan(0, index).Trim(" \t>").IsEmpty;
            var following = index + 2 < line.Length ? line[index + 2] : '\0';
            // Inside a line, a spoiler opens with no space after '>!' and closes with '!<'; at a line's start (Stack Exchange) any text follows.
            if (atLineStart ? following is not ('\0' or '=') : following is not ('\0' or ' ' or '\t' or '=') && line.IndexOf("!<", index + 2, StringComparison.Ordinal) > 0)
            {
                candidates.Add(new ForeignSyntaxMatch(index, line[index..], ForeignSpoilerSyntax.Reddit));
                return;
            }
        }
    }

    private static void AddMatch(Match match, ForeignSpoilerSyntax syntax, List<ForeignSyntaxMatch> candidates)
    {
        if (match.Success) candidates.Add(new ForeignSyntaxMatch(match.Index, match.Value, syntax));
    }

    private static void AddLiteral(string line, string literal, ForeignSpoilerSyntax syntax, List<ForeignSyntaxMatch> candidates)
    {
        var index = line.IndexOf(literal, StringComparison.OrdinalIgnoreCase);
        if (index >= 0) candidates.Add(new ForeignSyntaxMatch(index, line[index..], syntax));
    }
}
