using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// Reads a trailing <c>{spoiler=s01e12}</c> on an ATX heading through Markdig's heading attribute hook,
/// removes it from the heading text and keeps the level on the heading for <see cref="HeadingSectionBuilder"/>.
/// </summary>
public static partial class HeadingSpoilerAttributeParser
{
    // Preceded by a space, so that a heading ending in a spoiler phrase, "[…]{spoiler=…}", stays a phrase.
    [GeneratedRegex(@"(?<=^|\s)\{\s*spoiler\s*=\s*(?<id>[^\s}]*)\s*\}\s*$")]
    private static partial Regex TrailingAttribute();

    /// <summary>Whether a line ends as a marked heading's does, for the checks that find a heading's line read as something else.</summary>
    public static bool LooksMarked(string line) => TrailingAttribute().IsMatch(line);

    public static bool TryParse(BlockProcessor processor, ref StringSlice line, IBlock block)
    {
        var text = line.ToString();
        var match = TrailingAttribute().Match(text);
        if (!match.Success || block is not HeadingBlock heading) return false;

        var context = SpoilerBlockParser.SpoilerParserContextOf(processor);
        var id = match.Groups["id"];
        var column = processor.Column + id.Index;
        if (id.Length == 0)
        {
            context.ReportMalformed(processor.LineIndex, column, "a heading's spoiler attribute needs an episode id, as in '{spoiler=s01e12}'");
            return false;
        }

        context.TryResolve(id.Value, processor.LineIndex, column, out var level);
        heading.SetData(typeof(HeadingSpoiler), new HeadingSpoiler(id.Value, level));
        line.End = line.Start + match.Index - 1;
        return true;
    }
}
