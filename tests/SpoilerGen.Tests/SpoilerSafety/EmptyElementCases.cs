using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Family 8: structure must not show what is hidden. An element that hiding has emptied is left out; a
/// fragment naming a heading the tree does not show is dropped; a fragment that names nothing is an error.
/// </summary>
public static class EmptyElementCases
{
    private static BuildsAnd StartPage(string description, Func<string, bool> check) =>
        new(description, read => check(read("start/page/index.html")));

    private static SafetyCase TwoPages(string name, string body, string other, SafetyOutcome expected) =>
        new(name, new Dictionary<string, string>
        {
            [PagePath] = "---\ntitle: Page\n---\n" + body,
            ["content/other.md"] = "---\ntitle: Other\n---\n" + other,
        }, expected);

    public static IEnumerable<SafetyCase> All =>
    [
        Page("empty: a paragraph that is all one phrase", "Open.\n\n[SECRET]{spoiler=s01e05}\n", StartPage("no empty paragraph", html => !html.Contains("<p></p>") && !html.Contains("SECRET"))),
        Page("empty: a paragraph of two hidden phrases", "Open.\n\n[SECRET]{spoiler=s01e05} [more]{spoiler=s01e06}\n", StartPage("no paragraph of a space", html => !System.Text.RegularExpressions.Regex.IsMatch(html, @"<p>\s*</p>"))),
        Page("empty: a list item that is all one phrase", "- open\n- [SECRET]{spoiler=s01e05}\n- also open\n", StartPage("no empty bullet", html => !html.Contains("<li></li>") && html.Contains("<li>open</li>") && html.Contains("<li>also open</li>"))),
        Page("empty: a list whose items are all hidden", "Open.\n\n- [SECRET]{spoiler=s01e05}\n- [more]{spoiler=s01e05}\n", StartPage("no empty list", html => !html.Contains("<ul>") || !html.Contains("<li></li>"))),
        Page("empty: an ordered list item that is hidden", "1. open\n2. [SECRET]{spoiler=s01e05}\n", StartPage("no empty numbered item", html => !html.Contains("<li></li>") && html.Contains("<li>open</li>"))),
        Page("empty: a blockquote that is all one phrase", "Open.\n\n> [SECRET]{spoiler=s01e05}\n", StartPage("no empty blockquote", html => !html.Contains("<blockquote>"))),
        Page("empty: a heading that is all one phrase", "## [SECRET]{spoiler=s01e05}\n\nOpen.\n", StartPage("no empty heading and no empty contents entry", html => !System.Text.RegularExpressions.Regex.IsMatch(html, @"<h2[^>]*>\s*</h2>") && !html.Contains("href=\"#section\""))),
        Page("empty: a link whose text is all hidden", "Open [[SECRET]{spoiler=s01e05}](https://x.org/hidden-url) text.\n", Hidden("hidden-url")),
        Page("empty: an image whose alt text is all hidden", "Open ![[SECRET]{spoiler=s01e05}](hidden-image.png) text.\n", Hidden("hidden-image")),
        Page("empty: an image with no alt text stays", "Open ![](decorative.png) [SECRET]{spoiler=s01e05}\n", new BuildsAnd("the decorative image is kept", read => read("start/page/index.html").Contains("decorative.png"))),
        Page("empty: a link with visible text keeps its URL", "Open [see [SECRET]{spoiler=s01e05}](https://x.org/public) text.\n", new BuildsAnd("the link is kept", read => read("start/page/index.html").Contains("https://x.org/public"))),
        Page("empty: an empty list item in plain Markdown stays", "- a\n-\n- b\n\n[SECRET]{spoiler=s01e05}\n", new BuildsAnd("Markdown's empty item is kept", read => read("start/page/index.html").Contains("<li></li>"))),
        Page("empty: a table row that is all hidden", "| a | b |\n|---|---|\n| open | row |\n| [SECRET]{spoiler=s01e05} | [more]{spoiler=s01e05} |\n",
            StartPage("no row of empty cells", html => !System.Text.RegularExpressions.Regex.IsMatch(html, @"<tr>\s*<td></td>\s*<td></td>\s*</tr>") && html.Contains("<td>open</td>"))),
        Page("empty: a table whose rows are all hidden", "Open.\n\n| a | b |\n|---|---|\n| [SECRET]{spoiler=s01e05} | [more]{spoiler=s01e05} |\n", StartPage("the header alone", html => html.Contains("</thead>\n</table>") && !html.Contains("<tbody>") && !html.Contains("<td"))),
        Page("empty: a task list item that is all hidden", "- [ ] open\n- [ ] [SECRET]{spoiler=s01e05}\n", StartPage("one checkbox", html => System.Text.RegularExpressions.Regex.Matches(html, "checkbox").Count == 1)),
        TwoPages("fragment: to a hidden heading on another page", "See [her fate](other.md#nam-ra-dies).\n", "## Nam-ra dies {spoiler=s01e05}\nSECRET\n", Hidden("nam-ra-dies")),
        TwoPages("fragment: to a heading whose text grows later", "See [her](other.md#nam-ra).\n", "## Nam-ra [dies]{spoiler=s01e05}\nText.\n",
            new BuildsAnd("the fragment is the same in every tree", read => read("start/page/index.html").Contains("other/#nam-ra\"") && read("s01e05/page/index.html").Contains("other/#nam-ra\""))),
        TwoPages("fragment: to a visible heading is kept", "See [the start](other.md#the-start).\n", "## The start\nText.\n\n[SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the fragment is kept", read => read("start/page/index.html").Contains("other/#the-start\""))),
        TwoPages("fragment: naming no heading at all", "See [her fate](other.md#no-such-heading).\n", "## Nam-ra\n", Error(DiagnosticCodes.FragmentNotFound, 4, 5)),
        Page("fragment: on the same page to a hidden heading", "See [below](#the-twist).\n\n## The twist {spoiler=s01e05}\nSECRET\n", Hidden("the-twist")),
        Page("fragment: on the same page naming no heading", "See [below](#nowhere).\n", Error(DiagnosticCodes.FragmentNotFound, 4, 5)),
        Page("fragment: to an id in the page's raw HTML", "See [below](#anchor).\n\n<a id=\"anchor\"></a>\n\n[SECRET]{spoiler=s01e05}\n", Hidden()).WithRawHtml(),
        Page("fragment: to the theme's main content", "[Skip](#main) [SECRET]{spoiler=s01e05}\n", Hidden()),
    ];
}
