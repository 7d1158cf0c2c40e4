using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Translation;

/// <summary>
/// <c>t</c> in an attribute's value prints the words as text: the <c>[bracketed]</c> words keep their text and lose
/// their span (whose quotes would end the attribute), and every character is escaped for the attribute.
/// </summary>
public sealed class TranslateInAttributeTests
{
    [Fact]
    public void Bracketed_words_in_an_attribute_are_text_and_in_an_element_a_span()
    {
        using var site = new TestSite(episodeCount: 2)
            .WritePage("_index.md", "title: Home", "Hi.")
            .WriteFile("i18n/en.yml", "text:\n  my.key: \"Go[ \\\"on\\\" <now>]\"\n")
            .WriteFile("templates/partials/footer.html", "<footer><a href=\"#\" aria-label=\"{{ t \"my.key\" }}\" title=\"{{ t \"bar.next_episode\" { episode: \"Episode 2\" } }}\">{{ t \"my.key\" }}</a></footer>\n");

        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = site.Read("start/index.html");
        Assert.Contains("aria-label=\"Go &quot;on&quot; &lt;now&gt;\"", page);
        Assert.Contains("title=\"I’ve watched the next episode (Episode 2)\"", page);
        Assert.Contains(">Go<span class=\"wide\"> &quot;on&quot; &lt;now&gt;</span></a>", page);
    }
}
