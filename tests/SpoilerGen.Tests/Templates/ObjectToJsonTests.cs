using System.Text.Json;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Templates;

/// <summary>
/// The templates' <c>object.to_json</c> writes Scriban's JSON without reflection: Scriban's own examples give Scriban's
/// text, and <c>page</c> is written as the template reads it in its tree, member for member, nothing later.
/// </summary>
public sealed class ObjectToJsonTests
{
    [Theory]
    [InlineData("{{ { foo: \"bar\", baz: [1, 2, 3] } | object.to_json }}", "{\"foo\":\"bar\",\"baz\":[1,2,3]}")]
    [InlineData("{{ true | object.to_json }}", "true")]
    [InlineData("{{ null | object.to_json }}", "null")]
    [InlineData("{{ [1.5, \"x\", [false], {}] | object.to_json }}", "[1.5,\"x\",[false],{}]")]
    [InlineData("{{ \"<b> & 'é'\" | object.to_json }}", "\"\\u003Cb\\u003E \\u0026 \\u0027\\u00E9\\u0027\"")]
    [InlineData("{{ 1..3 | object.to_json }}", "[1,2,3]")]
    public void A_value_is_written_as_Scriban_writes_it(string template, string expected)
    {
        using var site = new TestSite(episodeCount: 1).WritePage("p.md", "title: P", "x")
            .WriteFile("templates/page.html", $"[{template}]<p>x</p>");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.StartsWith($"[{expected}]", site.Read("start/p/index.html"));
    }

    [Fact]
    public void The_page_is_written_as_the_template_reads_it_in_its_tree_and_nothing_later()
    {
        using var site = new TestSite(episodeCount: 6)
            .WritePage("p.md", "title:\n  start: Ann\n  s01e05: Ann the SECRET", "Ann waits. [She is the SECRET.]{spoiler=s01e05}")
            .WriteFile("templates/page.html",
                "<script type=\"application/json\">{{ page | object.to_json }}</script><p>{{ page | object.keys | array.join \",\" }}</p>");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var start = Json(site.Read("start/p/index.html"));
        Assert.Equal("Ann", start.GetProperty("title").GetString());
        Assert.DoesNotContain("SECRET", site.Read("start/p/index.html"));
        // Every member the template can list, in its order, and no other.
        var keys = site.Read("start/p/index.html").Split("<p>")[1].Split("</p>")[0];
        Assert.Equal(keys, string.Join(",", start.EnumerateObject().Select(member => member.Name)));
        Assert.Contains("She is the SECRET.", Json(site.Read("s01e05/p/index.html")).GetProperty("content").GetString());
    }

    [Fact]
    public void Inside_a_tag_the_json_is_escaped_for_the_attribute()
    {
        using var site = new TestSite(episodeCount: 1).WritePage("p.md", "title: Ann \"A\"", "x")
            .WriteFile("templates/page.html", "<p data-page=\"{{ page.title | object.to_json }}\">x</p>");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<p data-page=\"&quot;Ann \\u0022A\\u0022&quot;\">", site.Read("start/p/index.html"));
    }

    private static JsonElement Json(string html) =>
        JsonDocument.Parse(html.Split("<script type=\"application/json\">")[1].Split("</script>")[0]).RootElement;
}
