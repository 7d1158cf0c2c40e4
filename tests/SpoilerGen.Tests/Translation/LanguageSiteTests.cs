using SpoilerGen.Diagnostics;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Translation;

/// <summary>
/// A guide in another language: the theme speaks it on every page the reader sees, the author's
/// <c>i18n/LANG.yml</c> overrides it, and a missing key is an error that names it, never English in silence.
/// </summary>
public sealed class LanguageSiteTests
{
    private static TestSite Site(string language, int episodes = 3)
    {
        var site = new TestSite(episodeCount: episodes)
            .WritePage("_index.md", "title: 홈", "안녕하세요.")
            .WritePage("characters/_index.md", "title: 등장인물", "")
            .WritePage("characters/on-jo.md", "title: 온조\ntags: [학생]", "온조는 학생이다.[^1]\n\n[^1]: 각주.\n\n## 첫째\n\n가.\n\n## 둘째\n\n나.\n");
        var config = File.ReadAllText(Path.Combine(site.Root, "spoilergen.yml")).Replace("language: en", $"language: {language}");
        return site.WriteFile("spoilergen.yml", config);
    }

    [Fact]
    public void A_Korean_guide_shows_the_theme_in_Korean_on_every_page_the_reader_sees()
    {
        using var site = Site("ko");
        Assert.Empty(site.Build().Diagnostics);

        var chooser = site.Read("index.html");
        Assert.Contains("<html lang=\"ko\" dir=\"ltr\">", chooser);
        Assert.Contains("<h1>마지막으로 다 본 에피소드는 무엇인가요?</h1>", chooser);
        Assert.Contains(">아직 안 봄</a>", chooser);
        Assert.Contains("data-at=\"{episode}에서 계속\"", chooser);
        var page = site.Read("s01e02/characters/on-jo/index.html");
        Assert.Contains("<p class=\"safe-up-to\"><strong>2화</strong>까지 스포일러 없음</p>", page);
        Assert.Contains("<span class=\"wide\">다음 화(</span>3화<span class=\"wide\">)</span>도 봤어요", page);
        Assert.Contains("<h2>이 페이지의 내용</h2>", page);
        Assert.Contains("aria-label=\"본문으로 돌아가기\"", page);
        Assert.Contains("data-button=\"검색\"", page);
        Assert.Contains(">메뉴</a>", page);
        Assert.Contains(">태그</a>", site.Read("s01e02/index.html"));
        Assert.Contains("<p>1개 페이지</p>", site.Read("s01e02/tags/index.html"));
        Assert.Contains("<h1>페이지를 찾을 수 없음</h1>", site.Read("404.html"));
        Assert.Contains("\"none\":\"결과 없음\"", site.Read("s01e02/search-index.json"));
        Assert.Contains("xml:lang=\"ko\"", site.Read("s01e02/feed.xml"));
        Assert.Contains("2화을(를) 본 뒤 새로 생긴 내용", site.Read("s01e02/feed.xml"));

        // No word of the English theme is left on any page a reader sees.
        foreach (var (path, text) in site.FilesUnder().Where(file => file.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (var english in new[] { "Skip to content", "Safe up to", "Not started", "Episode ", "Choose another", "Search", "Tags", "On this page", "Built with" })
            {
                Assert.False(text.Contains(english, StringComparison.Ordinal), $"{path} still says '{english}'");
            }
        }
    }

    [Fact]
    public void An_episode_title_in_the_theme_s_words_shows_only_from_its_own_tree_on()
    {
        using var site = new TestSite(episodeCount: 3, episodeTitle: i => $"제목{i}비밀").WritePage("_index.md", "title: 홈", "안녕.");
        site.WriteFile("spoilergen.yml", File.ReadAllText(Path.Combine(site.Root, "spoilergen.yml")).Replace("language: en", "language: ko"));

        Assert.Empty(site.Build().Diagnostics);
        Assert.Contains("<strong>2화: 제목2비밀</strong>까지 스포일러 없음", site.Read("s01e02/index.html"));
        foreach (var (path, text) in site.FilesUnder())
        {
            // The root and tree k never name the title of an episode after k, in any of the theme's words.
            var tree = path.StartsWith("s01e0", StringComparison.Ordinal) ? path[5] - '0' : 0;
            for (var episode = tree + 1; episode <= 3; episode++) Assert.DoesNotContain($"제목{episode}비밀", text);
        }
    }

    [Fact]
    public void The_authors_table_overrides_a_built_in_key_and_adds_its_own()
    {
        using var site = Site("ko")
            .WriteFile("i18n/ko.yml", "text:\n  chooser.heading: 어디까지 봤어요?\n  my.key: 나의 문구\n")
            .WriteFile("templates/partials/footer.html", "<footer>{{ t \"my.key\" }} {{ t \"search.results\" 1234 }}</footer>\n");

        Assert.Empty(site.Build().Diagnostics);
        Assert.Contains("<h1>어디까지 봤어요?</h1>", site.Read("index.html"));
        Assert.Contains("<footer>나의 문구 결과 1,234개</footer>", site.Read("index.html"));
    }

    [Fact]
    public void A_language_with_no_built_in_table_and_no_file_is_an_error_at_the_config()
    {
        using var site = Site("id");

        var diagnostic = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.LanguageUnknown, diagnostic.Code);
        Assert.Equal(3, diagnostic.Position.Line);
        Assert.Contains("i18n/id.yml", diagnostic.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_key_the_authors_table_lacks_is_an_error_naming_it_where_the_template_asks_for_it()
    {
        using var site = Site("id").WriteFile("i18n/id.yml", string.Join("\n",
            ["text:", .. SpoilerGen.Translation.BuiltInLanguageTables.English.Messages
                .Where(pair => pair.Key is not ("menu" or "feed.start"))
                .Select(pair => $"  {pair.Key}: \"{pair.Value.Forms["other"]}\"")]) + "\n");

        var diagnostics = site.Build().Diagnostics;

        Assert.All(diagnostics, diagnostic => Assert.Equal(DiagnosticCodes.TranslationKeyMissing, diagnostic.Code));
        // The code's key is reported at the author's file; the theme's at the template's line and column.
        Assert.Contains(diagnostics, d => d.Message.Contains("'feed.start'", StringComparison.Ordinal) && d.Position.Path.EndsWith("i18n/id.yml", StringComparison.Ordinal));
        // Each place the template asks for the key: a page's Menu link and the home's Menu button.
        var menu = diagnostics.Where(d => d.Message.Contains("'menu'", StringComparison.Ordinal)).ToList();
        Assert.All(menu, d => Assert.EndsWith("partials/header.html", d.Position.Path));
        Assert.Equal([(7, 49), (11, 15)], menu.Select(d => (d.Position.Line, d.Position.Column)).Order());
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_key_made_at_render_time_that_the_table_lacks_fails_the_build_at_its_template()
    {
        using var site = Site("en").WriteFile("templates/partials/footer.html", "<footer>{{ t (\"no.\" + \"such\") }}</footer>\n");

        var diagnostic = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.TranslationKeyMissing, diagnostic.Code);
        Assert.Contains("'no.such'", diagnostic.Message);
        Assert.Equal(1, diagnostic.Position.Line);
    }

    [Theory]
    [InlineData("text:\n  search.results:\n    one: \"{count} hasil\"\n", "no 'other'")]
    [InlineData("plural:\n  one: \"i = = 1\"\n", "is not a CLDR plural rule")]
    [InlineData("direction: sideways\n", "'ltr' (left to right) or 'rtl'")]
    [InlineData("txt:\n  menu: Menu\n", "did you mean 'text'")]
    public void A_wrong_value_in_the_authors_table_is_an_error_at_its_line(string yaml, string message)
    {
        using var site = Site("en").WriteFile("i18n/en.yml", yaml);

        var diagnostic = Assert.Single(site.Build().Diagnostics);
        Assert.Contains(message, diagnostic.Message);
        Assert.EndsWith("i18n/en.yml", diagnostic.Position.Path);
    }

    [Theory]
    [InlineData("text:\n  checkpoint.episode: \"Ep {episode} {title}\"\n", 2, 23, "'{title}'", "it has {episode}")]
    [InlineData("text:\n  search.results:\n    one: \"{count} result\"\n    other: \"{count} results {for}\"\n", 4, 12, "'{for}'", "it has {count}")]
    [InlineData("text:\n  menu: \"Menu {episode}\"\n", 2, 9, "'{episode}'", "it has none")]
    public void A_placeholder_SpoilerGen_never_fills_is_an_error_at_the_words(string yaml, int line, int column, string placeholder, string allowed)
    {
        using var site = Site("en").WriteFile("i18n/en.yml", yaml);

        var diagnostic = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.TranslationFileInvalid, diagnostic.Code);
        Assert.Contains(placeholder, diagnostic.Message);
        Assert.Contains(allowed, diagnostic.Message);
        Assert.EndsWith("i18n/en.yml", diagnostic.Position.Path);
        Assert.Equal((line, column), (diagnostic.Position.Line, diagnostic.Position.Column));
    }

    /// <summary>
    /// A YAML escape put a control character in words that only search.js shows: it was published in every search index.
    /// Every value of the table is checked at its own place, whether a template prints it or a script does.
    /// </summary>
    [Theory]
    [InlineData("text:\n  search.results: \"\\x1b[31m{count}\"\n", 2, 19)]
    [InlineData("text:\n  chooser.heading: \"Where\\x01\"\n", 2, 20)]
    public void A_control_character_in_the_authors_table_is_an_error_at_its_value(string yaml, int line, int column)
    {
        using var site = Site("en").WriteFile("i18n/en.yml", yaml);

        var diagnostic = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.ControlCharacter, diagnostic.Code);
        Assert.EndsWith("i18n/en.yml", diagnostic.Position.Path);
        Assert.Equal((line, column), (diagnostic.Position.Line, diagnostic.Position.Column));
    }

    [Fact]
    public void A_themes_own_key_may_hold_any_placeholder()
    {
        using var site = Site("en").WriteFile("i18n/en.yml", "text:\n  my.key: \"{anything}\"\n");

        Assert.Empty(site.Build().Diagnostics);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("en us")]
    public void A_language_that_is_not_a_language_code_is_refused_before_any_file_is_read(string language)
    {
        using var site = Site($"\"{language}\"");

        var diagnostic = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.LanguageUnknown, diagnostic.Code);
        Assert.Contains("is not a language code", diagnostic.Message);
    }

    [Fact]
    public void A_right_to_left_language_gets_dir_rtl_and_the_authors_words()
    {
        // An Arabic table of the author's own, without 'direction:': Arabic is known to run right to left.
        using var site = Site("ar").WriteFile("i18n/ar.yml", string.Join("\n",
            ["plural:", "  zero: \"n = 0\"", "  one: \"n = 1\"", "  two: \"n = 2\"", "  few: \"n % 100 = 3..10\"", "  many: \"n % 100 = 11..99\"", "text:",
             .. SpoilerGen.Translation.BuiltInLanguageTables.English.Messages.Where(pair => pair.Key is not ("chooser.heading" or "search.results"))
                 .Select(pair => $"  {pair.Key}: \"{pair.Value.Forms["other"]}\""),
             "  chooser.heading: ما آخر حلقة أنهيتها؟", "  search.results:", "    zero: \"لا نتائج\"", "    two: \"نتيجتان\"", "    few: \"{count} نتائج\"", "    other: \"{count} نتيجة\""]) + "\n")
            .WriteFile("templates/partials/footer.html", "<footer>{{ t \"search.results\" 2 }} · {{ t \"search.results\" 7 }} · {{ t \"search.results\" 0 }}</footer>\n");

        Assert.Empty(site.Build().Diagnostics);
        var chooser = site.Read("index.html");
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", chooser);
        Assert.Contains("<h1>ما آخر حلقة أنهيتها؟</h1>", chooser);
        Assert.Contains("<footer>نتيجتان · 7 نتائج · لا نتائج</footer>", chooser);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", site.Read("s01e01/characters/on-jo/index.html"));
    }

    [Fact]
    public void A_regional_language_takes_the_built_in_table_of_its_language()
    {
        using var site = Site("pt-BR");

        Assert.Empty(site.Build().Diagnostics);
        Assert.Contains("<html lang=\"pt-BR\" dir=\"ltr\">", site.Read("index.html"));
        Assert.Contains(System.Net.WebUtility.HtmlEncode("Qual foi o último episódio que você terminou?"), site.Read("index.html"));
    }
}
