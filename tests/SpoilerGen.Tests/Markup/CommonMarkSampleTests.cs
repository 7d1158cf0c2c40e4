using System.Text.RegularExpressions;
using Markdig;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Markup;

/// <summary>
/// Plain Markdown renders as Markdig renders it: a sample of the CommonMark spec's kinds of example
/// (written here as our own inputs), rendered by SpoilerGen and by Markdig with the same extensions.
/// SpoilerGen differs only where documented: headings carry ids, comments are dropped, links to '.md'
/// files are resolved (checked elsewhere), and an image ends in '>' where Markdig writes ' />' (the same HTML; void elements are compared without the slash).
/// </summary>
public sealed partial class CommonMarkSampleTests
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseAutoLinks().UseTaskLists().Build();

    [GeneratedRegex("(<h[1-6]) id=\"[^\"]*\"")]
    private static partial Regex HeadingId();

    public static TheoryData<string> Samples =>
    [
        // Thematic breaks, headings
        "***\n---\n___\n", " ***\n  * * *\n", "Foo\n***\nbar\n", "# foo\n## foo\n### foo\n#### foo\n##### foo\n###### foo\n", "#5 bolt\n\n#hashtag\n",
        "# foo *bar* \\*baz\\*\n", "## foo ##\n###   bar    ###\n", "Foo *bar*\n=========\n\nFoo *bar*\n---------\n", "Foo\nbar\n---\n", "\\## foo\n",
        // Code
        "    a simple\n      indented code block\n", "  - foo\n\n    bar\n", "```\n<\n >\n```\n", "~~~\naaa\n```\n~~~\n", "```ruby\ndef foo(x)\n  return 3\nend\n```\n",
        "`foo`\n", "`` foo ` bar ``\n", "` `` `\n", "`foo\\`bar`\n",
        // HTML blocks and inline HTML (no comments: see below)
        "<table><tr><td>\n<pre>\n**Hello**,\n\n_world_.\n</pre>\n</td></tr></table>\n", "<div>\n*hello*\n         <foo><a>\n", "<DIV CLASS=\"foo\">\n\n*Markdown*\n\n</DIV>\n",
        "<a href=\"foo\">\n*bar*\n</a>\n", "<script type=\"text/javascript\">\n// JavaScript example\n\ndocument.getElementById(\"demo\").innerHTML = \"Hello JavaScript!\";\n</script>\nokay\n",
        "<style\n  type=\"text/css\">\nh1 {color:red;}\n\np {color:blue;}\n</style>\nokay\n", "<?php\n\n  echo '>';\n\n?>\nokay\n", "<a><bab><c2c>\n", "foo <a href=\"x\" title=\"y\">bar</a> baz\n",
        // Link reference definitions, links, images
        "[foo]: /url \"title\"\n\n[foo]\n", "   [foo]: \n      /url  \n           'the title'  \n\n[foo]\n", "[Foo bar]:\n<my url>\n'title'\n\n[Foo bar]\n", "[foo]: /url\n\"title\" ok\n",
        "[link](/uri \"title\")\n", "[link](</my uri>)\n", "[link](foo(and(bar)))\n", "[link *foo **bar** `#`*](/uri)\n", "[foo][bar]\n\n[bar]: /url \"title\"\n", "[foo][]\n\n[foo]: /url \"title\"\n",
        "![foo](/url \"title\")\n", "![foo *bar*][]\n\n[foo *bar*]: train.jpg \"train & tracks\"\n", "<http://foo.bar.baz>\n", "<foo@bar.example.com>\n", "[link](#fragment)\n\n[link](http://example.com#fragment)\n",
        // Containers
        "> # Foo\n> bar\n> baz\n", "> bar\nbaz\n> foo\n", "> foo\n---\n", ">\n", "A paragraph\nwith two lines.\n\n    indented code\n\n> A block quote.\n",
        "1.  A paragraph\n    with two lines.\n\n        indented code\n\n    > A block quote.\n", "- one\n\n two\n", "- foo\n- bar\n+ baz\n", "1. foo\n2. bar\n3) baz\n", "- a\n- b\n\n- c\n",
        "- a\n  - b\n\n    c\n- d\n", "10) foo\n    - bar\n", "-\n  foo\n-\n  ```\n  bar\n  ```\n", "- foo\n-\n- bar\n",
        // Inlines
        "\\!\\\"\\#\\$\\%\\&\\'\\(\\)\\*\\+\\,\\-\\.\\/\\:\\;\\<\\=\\>\\?\\@\\[\\\\\\]\\^\\_\\`\\{\\|\\}\\~\n", "&nbsp; &amp; &copy; &AElig; &Dcaron;\n&frac34; &HilbertSpace; &DifferentialD;\n", "&#35; &#1234; &#992; &#0;\n",
        "*foo bar*\n", "a * foo bar*\n", "_foo_bar\n", "**foo bar**\n", "*foo**bar**baz*\n", "foo***bar***baz\n", "~~Hi~~ Hello, world!\n", "foo  \nbaz\n", "foo\\\nbaz\n", "foo\nbaz\n",
        // Extensions in SpoilerGen's pipeline
        "| a | b |\n|:--|--:|\n| 1 | 2 |\n", "- [ ] todo\n- [x] done\n", "Visit www.commonmark.org/help and https://example.com/a_b.\n", "[brackets] and {braces} and a: colon\n",
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Plain_markdown_renders_as_Markdig_renders_it(string markdown)
    {
        var harness = new MarkdownHarness(markdown);

        Assert.Empty(harness.Reported);
        Assert.Equal(Markdown.ToHtml(markdown, Plain).Replace(" />", ">"), HeadingId().Replace(harness.Render(0), "$1").Replace(" />", ">"));
    }

    public static TheoryData<string> SamplesWithComments =>
    [
        "<!-- foo -->\n", "<!-- Foo\n\nbar\n   baz -->\nokay\n", "foo <!-- this is a\ncomment - with hyphen --> bar\n", "<div>\n<!-- note -->\ntext\n</div>\n", "<!-- note -->*bar*\n*baz*\n",
    ];

    [Theory]
    [MemberData(nameof(SamplesWithComments))]
    public void Comments_are_the_only_thing_dropped(string markdown)
    {
        var harness = new MarkdownHarness(markdown);
        var expected = HtmlComments.Remove(Markdown.ToHtml(markdown, Plain));

        Assert.Equal(Normalize(expected), Normalize(harness.Render(0)));
    }

    private static string Normalize(string html) => string.Join('\n', html.Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0));
}
