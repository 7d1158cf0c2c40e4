using SpoilerGen.Text;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SpoilerGen.Render.Search;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Reliability;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Search;

/// <summary>
/// Index terms and typed queries fold the same way: the tool (invariant globalization, where
/// string.Normalize does nothing) folds with a table that matches ICU's NFD, and search.js folds
/// queries with the browser's own normalization.
/// </summary>
public sealed class DiacriticFoldingTests
{
    private static readonly string[] Samples =
    [
        "Café", "ÉCLAIR", "naïve", "Ångström", "İstanbul", "ΣΟΦΟΣ σοφός", "한국어 텍스트", "Straße", "Nguyễn Thị Minh Khai", "Ærøskøbing",
        "Crème brûlée", "ﬁne", "e\u0301te\u0301", "Дми́трий Ёлкин", "שָׁלוֹם", "Đà Nẵng", "Łódź", "Ǖǘ", "\uF900\uFA10",
    ];

    [Fact]
    public void The_folding_table_matches_unicode_normalization_for_every_code_point()
    {
        Assert.True("é".Normalize(NormalizationForm.FormD).Length == 2, "the test process needs ICU normalization to check the table against");
        var expected = new StringBuilder();
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF or 0xFFFE) continue;
            var rune = new Rune(codePoint);
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark) continue;
            var text = rune.ToString();
            var folded = IcuRemoveDiacritics(text);
            if (folded != text)
            {
                expected.Append(CultureInfo.InvariantCulture, $"{codePoint:X}:{string.Join(",", folded.EnumerateRunes().Select(r => r.Value.ToString("X", CultureInfo.InvariantCulture)))};");
            }
        }
        Assert.True(expected.ToString() == DiacriticFoldingTable.Entries,
            "DiacriticFoldingTable.Entries is out of date with this runtime's Unicode; the current table is:\n" + expected);
    }

    [Fact]
    public void Folding_without_normalization_matches_folding_with_it()
    {
        foreach (var sample in Samples)
        {
            Assert.Equal(IcuRemoveDiacritics(sample).ToLowerInvariant().Replace('ς', 'σ'), DiacriticFolding.Fold(sample));
        }
    }

    [Fact]
    public void Search_js_folds_queries_into_the_terms_the_index_holds()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "templates", "assets", "search.js"));
        var start = script.IndexOf("const words = ", StringComparison.Ordinal);
        var words = script[start..(script.IndexOf(";\n", start, StringComparison.Ordinal) + 1)];
        var program = $"{words}\nconst input = {JsonSerializer.Serialize(Samples)};\nprocess.stdout.write(JSON.stringify(input.map(words)));";

        var startInfo = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 };
        using var node = Process.Start(startInfo)!;
        node.StandardInput.Write(program);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();

        var fromJavaScript = JsonSerializer.Deserialize<string[][]>(output)!;
        for (var i = 0; i < Samples.Length; i++)
        {
            Assert.Equal(fromJavaScript[i], SearchTokenizer.Words(Samples[i]).ToArray());
        }
    }

    [Fact]
    public void The_tool_indexes_accented_words_without_their_accents()
    {
        using var site = new TestSite(episodeCount: 1).WritePage("_index.md", "title: Home", "Le café de Ångström à Zürich.");
        var outcome = SpoilerGenProcess.Run(RepositoryPaths.Root, ["build", site.Root, "-o", site.Output], TimeSpan.FromSeconds(60));

        Assert.True(outcome.ExitCode == 0, outcome.Describe());
        var index = new SearchIndexFile(site.Read("start/search-index.json"));
        Assert.Contains("cafe", index.Terms);
        Assert.Contains("angstrom", index.Terms);
        Assert.Contains("zurich", index.Terms);
        Assert.DoesNotContain("café", index.Terms);
    }

    private static string IcuRemoveDiacritics(string text)
    {
        var kept = new StringBuilder();
        foreach (var rune in text.Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark) kept.Append(rune.ToString());
        }
        return kept.ToString().Normalize(NormalizationForm.FormC);
    }
}
