using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Text;

namespace SpoilerGen.Markup.Headings;

/// <summary>The ids and anchor names written in raw HTML (<c>id="her-death"</c>, <c>name="her-death"</c>), comments left out.</summary>
public static partial class RawHtmlIds
{
    [GeneratedRegex(@"(?<![\w-])(?:id|name)\s*=\s*(?:""(?<id>[^""]+)""|'(?<id>[^']+)'|(?<id>[^""'\s>]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    public static IEnumerable<string> In(MarkdownObject node)
    {
        var html = node switch
        {
            HtmlBlock block => string.Join("\n", Enumerable.Range(0, block.Lines.Count).Select(i => block.Lines.Lines[i].Slice.ToString())),
            HtmlInline inline => inline.Tag,
            _ => "",
        };
        if (html.Length == 0) return [];
        return IdAttribute().EachMatch(HtmlComments.Remove(html)).Select(match => match.Groups["id"].Value).ToList();
    }
}
