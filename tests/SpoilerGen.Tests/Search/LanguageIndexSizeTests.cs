using System.Text;
using SpoilerGen.Render.Search;
using SpoilerGen.Tests.Support;
using Xunit.Abstractions;

namespace SpoilerGen.Tests.Search;

/// <summary>
/// A Korean or a Japanese guide's search index stays within 1.5× the size of the same guide's in English,
/// though their terms are bigrams: the same facts, sentence for sentence, with names in each script.
/// </summary>
public sealed class LanguageIndexSizeTests(ITestOutputHelper output)
{
    private const int Pages = 200;

    private static readonly string[][] Sentences =
    [
        ["A zombie virus breaks out at Hyosan High School.", "효산고등학교에서 좀비 바이러스가 퍼진다.", "孝山高校でゾンビウイルスが広がる。"],
        ["The science teacher made the virus to protect his bullied son.", "과학 교사는 괴롭힘당하는 아들을 지키려고 바이러스를 만들었다.", "科学教師はいじめられる息子を守るためにウイルスを作った。"],
        ["The friends hide in the music room until the noise stops.", "친구들은 소리가 멈출 때까지 음악실에 숨는다.", "友人たちは物音が止むまで音楽室に隠れる。"],
        ["The students climb to the roof to wait for rescue.", "학생들은 구조를 기다리려고 옥상으로 올라간다.", "生徒たちは救助を待つために屋上へ登る。"],
        ["The army seals off the city and the school.", "군대가 도시와 학교를 봉쇄한다.", "軍が街と学校を封鎖する。"],
        ["Her father is a firefighter who searches the city for her.", "그녀의 아버지는 도시에서 딸을 찾아다니는 소방관이다.", "彼女の父は街で娘を探す消防士だ。"],
        ["The class president keeps the group together.", "반장은 친구들을 하나로 묶는다.", "学級委員長は仲間をまとめる。"],
        ["A bully hunts the survivors through the empty halls.", "가해자는 텅 빈 복도에서 생존자들을 쫓는다.", "いじめっ子は空っぽの廊下で生存者を追い回す。"],
        ["The detective finds the teacher's videos in the lab.", "형사는 실험실에서 교사의 영상을 찾는다.", "刑事は実験室で教師の動画を見つける。"],
        ["Only a few students make it out of the city alive.", "살아서 도시를 빠져나가는 학생은 몇 명뿐이다.", "生きて街を出られる生徒はわずかだ。"],
        ["Some of the infected keep their minds and hide among the living.", "일부 감염자는 정신을 유지한 채 사람들 사이에 숨는다.", "感染者の一部は正気を保ったまま人々の中に隠れる。"],
        ["The broadcast club records everything on a phone.", "방송부는 모든 것을 휴대폰으로 기록한다.", "放送部はすべてをスマートフォンで記録する。"],
    ];

    private static readonly string[] Connectives = ["{0} meets {1} near {2}.", "{0}은 {2} 근처에서 {1}을 만난다.", "{0}は{2}の近くで{1}に会う。"];

    private static readonly string[][] Syllables =
    [
        ["ka", "ri", "mon", "sel", "do", "han", "ju", "beo", "tav", "ner", "lis", "quo", "pra", "dun", "wel", "zir"],
        ["가", "리", "몬", "셀", "도", "한", "주", "버", "타", "너", "리", "쿠", "프", "던", "웰", "지"],
        ["カ", "リ", "モン", "セル", "ド", "ハン", "ジュ", "ボ", "タ", "ネ", "リス", "ク", "プラ", "ダン", "ウェ", "ジル"],
    ];

    [Theory]
    [InlineData("ko", 1)]
    [InlineData("ja", 2)]
    public void The_index_is_within_one_and_a_half_times_the_English_one(string language, int column)
    {
        var english = IndexBytes("en", 0);
        var other = IndexBytes(language, column);
        var ratio = (double)other / english;
        output.WriteLine($"{Pages} pages: en {english / 1024.0:0.0} KB, {language} {other / 1024.0:0.0} KB, ratio {ratio:0.00}");
        Assert.True(ratio <= 1.5, $"the {language} index is {ratio:0.00} times the English one");
    }

    private static int IndexBytes(string language, int column)
    {
        // The same draws for every language: page for page, the same facts and the same names.
        var random = new Random(20261206);
        var names = Enumerable.Range(0, 150).Select(_ => Name(random, column)).ToArray();
        using var site = new TestSite(episodeCount: 1).WritePage("_index.md", "title: Guide", "");
        site.WriteFile("spoilergen.yml", File.ReadAllText(Path.Combine(site.Root, "spoilergen.yml")).Replace("language: en", $"language: {language}"));
        for (var page = 0; page < Pages; page++)
        {
            var subject = names[random.Next(names.Length)];
            var text = new StringBuilder();
            for (var sentence = 0; sentence < 40; sentence++)
            {
                text.Append(sentence % 4 == 3
                    ? string.Format(Connectives[column], subject, names[random.Next(names.Length)], Name(random, column))
                    : Sentences[random.Next(Sentences.Length)][column]).Append(sentence % 5 == 4 ? "\n\n" : " ");
            }
            site.WritePage($"page-{page:000}.md", $"title: \"{subject}\"", text.ToString());
        }
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        return File.ReadAllBytes(Path.Combine(site.Output, "s01e01", SearchIndexWriter.FileName)).Length;
    }

    private static string Name(Random random, int column) =>
        string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[column][random.Next(16)]));
}
