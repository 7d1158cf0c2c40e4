using SpoilerGen.Diagnostics;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Translation;

/// <summary>
/// One guide in English and Korean (<c>languages:</c>, translations by file name): each language gets its own
/// trees, chooser, search index, feed and sitemap; pages link their translations only in a tree that shows them.
/// </summary>
public sealed class MultilingualSiteTests
{
    private const string Languages = "languages:\n  en: {}\n  ko:\n    title: 테스트 가이드\n    description: 한국어 설명\n    series:\n      title: 테스트 시리즈\n      episodes:\n        s01e02: 둘째화비밀\n";

    private static TestSite Site(string languages = Languages, string baseUrl = "https://example.org/guide/")
    {
        var site = new TestSite(episodeCount: 3, episodeTitle: i => $"Title{i}", baseUrl: baseUrl)
            .WritePage("_index.md", "title: Home", "Hello.")
            .WritePage("_index.ko.md", "title: 홈", "안녕하세요.")
            .WritePage("characters/on-jo.md", "title: On-jo", "On-jo is a student.")
            .WritePage("characters/on-jo.ko.md", "title: 온조\nslug: on-jo-ko", "온조는 학생이다. [비밀]{spoiler=s01e03}")
            .WritePage("characters/cheong-san.md", "title: Cheong-san\nspoiler: s01e01", "Cheong-san.")
            .WritePage("characters/cheong-san.ko.md", "title: 청산\nspoiler: s01e02", "청산. [온조](on-jo.md)")
            .WritePage("characters/only-english.md", "title: Only English", "English only.");
        var config = File.ReadAllText(Path.Combine(site.Root, "spoilergen.yml")).Replace("language: en\n", languages);
        return site.WriteFile("spoilergen.yml", config);
    }

    [Fact]
    public void Each_language_gets_its_own_trees_chooser_search_index_feed_and_sitemap()
    {
        using var site = Site();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.Contains("<html lang=\"en\"", site.Read("s01e01/characters/on-jo/index.html"));
        var korean = site.Read("ko/s01e01/characters/on-jo-ko/index.html");
        Assert.Contains("<html lang=\"ko\"", korean);
        Assert.Contains("온조는 학생이다.", korean);
        Assert.DoesNotContain("비밀", korean);
        Assert.Contains("비밀", site.Read("ko/s01e03/characters/on-jo-ko/index.html"));
        Assert.Contains("테스트 가이드", site.Read("ko/index.html"));
        Assert.Contains("\"path\": \"s01e02/\"", site.Read("ko/levels.json"));
        Assert.True(site.Exists("ko/s01e02/search-index.json"));
        Assert.Contains("xml:lang=\"ko\"", site.Read("ko/s01e02/feed.xml"));
        Assert.Contains("<loc>https://example.org/guide/ko/s01e02/sitemap.xml</loc>", site.Read("sitemap.xml"));
        // A page with no translation is only in its language; the Korean link names the Korean page.
        Assert.False(site.Exists("ko/s01e01/characters/only-english/index.html"));
        Assert.Contains("href=\"/guide/ko/s01e02/characters/on-jo-ko/\"", site.Read("ko/s01e02/characters/cheong-san/index.html"));
        // An episode's title in Korean shows from its own tree on, as in one language.
        Assert.Contains("둘째화비밀", site.Read("ko/s01e02/index.html"));
        foreach (var (path, text) in site.FilesUnder().Where(file => !file.Path.StartsWith("ko/s01e02/", StringComparison.Ordinal) && !file.Path.StartsWith("ko/s01e03/", StringComparison.Ordinal)))
        {
            Assert.False(text.Contains("둘째화비밀", StringComparison.Ordinal), $"{path} names episode 2's Korean title");
        }
    }

    [Fact]
    public void The_root_chooser_links_every_language_with_lang_and_hreflang()
    {
        using var site = Site(baseUrl: "https://example.org/project/");
        Assert.True(site.Build().Succeeded);

        var chooser = site.Read("index.html");
        Assert.Contains("<a href=\"/project/ko/\" lang=\"ko\" hreflang=\"ko\" dir=\"ltr\">한국어</a>", chooser);
        Assert.Contains("<a href=\"/project/\" lang=\"en\" hreflang=\"en\" dir=\"ltr\" aria-current=\"true\">English</a>", chooser);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"ko\" href=\"https://example.org/project/ko/\">", chooser);
        Assert.Contains("<a href=\"/project/\" lang=\"en\" hreflang=\"en\" dir=\"ltr\">English</a>", site.Read("ko/index.html"));
    }

    [Fact]
    public void Base_url_given_on_the_command_line_is_every_language_s()
    {
        using var site = Site();
        Assert.True(site.Build(baseUrl: "https://user.github.io/other/").Succeeded);

        Assert.Contains("<a href=\"/other/ko/\" lang=\"ko\"", site.Read("index.html"));
        Assert.Contains("<loc>https://user.github.io/other/ko/s01e02/sitemap.xml</loc>", site.Read("sitemap.xml"));
        Assert.DoesNotContain("example.org", site.Read("ko/s01e02/characters/cheong-san/index.html"));
    }

    [Fact]
    public void A_page_links_its_translation_only_in_a_tree_that_shows_it()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);

        // Cheong-san is English from episode 1, Korean from episode 2.
        var early = site.Read("s01e01/characters/cheong-san/index.html");
        Assert.DoesNotContain("hreflang=\"ko\"", early);
        Assert.DoesNotContain("/ko/", early);
        Assert.DoesNotContain("/ko/", site.Read("s01e01/sitemap.xml"));
        var later = site.Read("s01e02/characters/cheong-san/index.html");
        Assert.Contains("<link rel=\"alternate\" hreflang=\"ko\" href=\"https://example.org/guide/ko/s01e02/characters/cheong-san/\">", later);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/guide/s01e02/characters/cheong-san/\">", later);
        // The translation with a slug of its own is linked at its own URL, in the sitemap too.
        Assert.Contains("<xhtml:link rel=\"alternate\" hreflang=\"ko\" href=\"https://example.org/guide/ko/start/characters/on-jo-ko/\" />", site.Read("start/sitemap.xml"));
    }

    [Fact]
    public void A_section_hidden_in_the_default_language_stays_hidden_in_a_translation_without_its_own_index()
    {
        using var site = Site()
            .WritePage("twist/_index.md", "title: Twist\nspoiler: s01e03", "")
            .WritePage("twist/reveal.md", "title: Reveal", "x")
            .WritePage("twist/reveal.ko.md", "title: 반전비밀", "y");
        Assert.True(site.Build().Succeeded);
        Assert.False(site.Exists("ko/s01e02/twist/reveal/index.html"));
        Assert.True(site.Exists("ko/s01e03/twist/reveal/index.html"));
    }

    [Theory]
    [InlineData("language: en\nlanguages:\n  en: {}\n  ko: {}\n", DiagnosticCodes.LanguagesInvalid, 3, 11)]
    [InlineData("languages: [en, ko]\n", DiagnosticCodes.LanguagesInvalid, 3, 12)]
    [InlineData("languages:\n  en: {}\n  ko:\n    series:\n      episodes:\n        s09e09: x\n", DiagnosticCodes.LanguageEpisodeUnknown, 8, 9)]
    [InlineData("languages:\n  en: {}\n  ko:\n    titel: x\n", DiagnosticCodes.ConfigInvalid, 6, 5)]
    [InlineData("languages:\n  en: {}\n  xx: {}\n", DiagnosticCodes.LanguageUnknown, 5, 3)]
    [InlineData("languages:\n  en: {}\n  ko: {}\n  KO: {}\n", DiagnosticCodes.LanguagesInvalid, 6, 3)]
    public void A_wrong_languages_setting_is_an_error_at_its_place(string languages, string code, int line, int column)
    {
        using var site = Site(languages);
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Position.Line == line && d.Position.Column == column && d.Position.Path.EndsWith("spoilergen.yml", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("on-jo.fr.md")]
    [InlineData("on-jo.pt-BR.md")] // a regional code of a language SpoilerGen knows (attack 14, #03)
    [InlineData("on-jo.ko-KR.md")] // the site has ko, not ko-KR
    public void A_file_named_as_a_translation_into_a_language_the_site_lacks_is_an_error(string name)
    {
        using var site = Site().WritePage("characters/" + name, "title: On-jo", "Élève.");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TranslationNotInLanguages && d.Position.Path.EndsWith(name, StringComparison.Ordinal));
        Assert.False(result.Succeeded);
    }

    /// <summary>
    /// A translated section index without its original's level puts the section and its pages in the language's first
    /// trees (attack 14, #07): allowed, since a translation has its own level, but warned about at the translation.
    /// </summary>
    [Theory]
    [InlineData("title: 비밀", true)]
    [InlineData("title: 비밀\nspoiler: s01e02", false)]
    public void A_translation_shown_earlier_than_its_original_is_a_warning(string translatedFrontMatter, bool warns)
    {
        using var site = Site().WritePage("secret/_index.md", "title: Secret\nspoiler: s01e02", "Hidden section.")
            .WritePage("secret/_index.ko.md", translatedFrontMatter, "숨겨진 부분.");
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = result.Diagnostics.SingleOrDefault(d => d.Code == DiagnosticCodes.TranslationShownEarlier);
        Assert.Equal(warns, warning is not null);
        if (warning is not null)
        {
            Assert.EndsWith("secret/_index.ko.md", warning.Position.Path.Replace('\\', '/'), StringComparison.Ordinal);
            Assert.Contains("spoiler: s01e02", warning.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_translation_s_link_to_a_page_not_translated_names_the_language()
    {
        using var site = Site().WritePage("characters/on-jo.ko.md", "title: 온조", "[영어만](only-english.md)");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.LinkTargetMissing && d.Message.Contains("no page in 'ko'", StringComparison.Ordinal));
    }
}
