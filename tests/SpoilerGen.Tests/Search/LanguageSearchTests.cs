using SpoilerGen.Render.Search;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Search;

/// <summary>
/// Search finds a Korean or a Japanese page by the words a reader types, though neither language spaces
/// its words as English does: Han and kana runs are cut into bigrams, Hangul loses its particles first.
/// </summary>
public sealed class LanguageSearchTests
{
    private static SearchIndexFile Build(string language, params (string Path, string Title, string Body)[] pages)
    {
        using var site = new TestSite(episodeCount: 1).WritePage("_index.md", "title: Home", "");
        site.WriteFile("spoilergen.yml", File.ReadAllText(Path.Combine(site.Root, "spoilergen.yml")).Replace("language: en", $"language: {language}"));
        foreach (var (path, title, body) in pages) site.WritePage(path, $"title: \"{title}\"", body);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new SearchIndexFile(site.Read("s01e01/" + SearchIndexWriter.FileName));
    }

    [Fact]
    public void Korean_words_are_found_with_or_without_their_particles_and_inside_compounds()
    {
        var index = Build("ko",
            ("on-jo.md", "온조", "온조는 효산고등학교 학생이다. 친구들과 함께 과학실에서 살아남는다."),
            ("cheong-san.md", "청산", "청산은 온조를 지키려고 한다. 치킨집 아들이다."));

        Assert.Equal(["cheong-san/", "on-jo/"], index.Find("온조"));
        Assert.Equal(["cheong-san/", "on-jo/"], index.Find("온조를"));
        Assert.Equal(["cheong-san/", "on-jo/"], index.Find("온조가"));
        Assert.Equal(["on-jo/"], index.Find("과학실"));
        Assert.Equal(["on-jo/"], index.Find("고등학교"));
        Assert.Equal(["on-jo/"], index.Find("학교"));
        Assert.Equal(["cheong-san/"], index.Find("치킨집"));
        Assert.Equal(["cheong-san/"], index.Find("청산 아들"));
        Assert.Empty(index.Find("좀비"));
    }

    [Fact]
    public void Japanese_words_are_found_inside_sentences_without_spaces()
    {
        var index = Build("ja",
            ("on-jo.md", "オンジョ", "オンジョは孝山高校の生徒で、友達と一緒に科学室で生き残る。"),
            ("cheong-san.md", "チョンサン", "チョンサンはオンジョを守ろうとする。フライドチキン店の息子だ。"));

        Assert.Equal(["cheong-san/", "on-jo/"], index.Find("オンジョ"));
        Assert.Equal(["on-jo/"], index.Find("科学室"));
        Assert.Equal(["on-jo/"], index.Find("高校"));
        Assert.Equal(["on-jo/"], index.Find("生徒"));
        Assert.Equal(["cheong-san/"], index.Find("息子"));
        Assert.Equal(["cheong-san/"], index.Find("チキン"));
        Assert.Empty(index.Find("ゾンビ"));
    }

    [Fact]
    public void Spanish_stop_words_are_left_out_and_accents_do_not_matter()
    {
        var index = Build("es", ("on-jo.md", "On-jo", "On-jo es una estudiante que sobrevive en el laboratorio de ciencias."));

        Assert.DoesNotContain("el", index.Terms);
        Assert.DoesNotContain("una", index.Terms);
        Assert.Equal(["on-jo/"], index.Find("el laboratorio"));
        Assert.Equal(["on-jo/"], index.Find("ciéncias"));
    }

    [Theory]
    [InlineData("온조는 학교에서", new[] { "온조", "학교" })]
    [InlineData("아이가", new[] { "아이" })]
    [InlineData("BTS가", new[] { "bts", "가" })]
    [InlineData("科学室", new[] { "科学", "学室" })]
    [InlineData("猫", new[] { "猫" })]
    [InlineData("Café Paris", new[] { "cafe", "paris" })]
    public void Terms_are_cut_by_script(string text, string[] terms) =>
        Assert.Equal(terms, new SearchTokenizer([]).Terms(text));
}
