using System.Globalization;
using System.Text;
using SpoilerGen.Text;

namespace SpoilerGen.Tests.Text;

/// <summary>
/// The tool decomposes names (NFD) with a table, because under its invariant globalization <see cref="string.Normalize()"/>
/// does nothing; the test process has ICU, and checks the table and the reordering of marks against it.
/// </summary>
public sealed class CanonicalDecompositionTests
{
    [Fact]
    public void The_table_matches_unicode_decomposition_for_every_code_point()
    {
        Assert.True("é".Normalize(NormalizationForm.FormD).Length == 2, "the test process needs ICU normalization to check the table against");
        var expected = new StringBuilder();
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            // Hangul syllables decompose by rule, not by the table.
            if (codePoint is >= 0xD800 and <= 0xDFFF or >= 0xAC00 and <= 0xD7A3) continue;
            var text = char.ConvertFromUtf32(codePoint);
            // ICU refuses noncharacters (U+FFFE and the like), which have no decomposition.
            if (!IcuDecomposes(text, out var decomposed)) continue;
            if (decomposed != text)
            {
                expected.Append(CultureInfo.InvariantCulture, $"{codePoint:X}:{string.Join(",", decomposed.EnumerateRunes().Select(r => r.Value.ToString("X", CultureInfo.InvariantCulture)))};");
            }
        }
        Assert.True(expected.ToString() == CanonicalDecompositionTable.Decompositions,
            "CanonicalDecompositionTable.Decompositions is out of date with this runtime's Unicode; the current table is:\n" + expected);
    }

    private static bool IcuDecomposes(string text, out string decomposed)
    {
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormD);
            return true;
        }
        catch (ArgumentException)
        {
            decomposed = text;
            return false;
        }
    }

    [Theory]
    [InlineData("caf\u00E9.md")]
    [InlineData("Nguy\u1EC5n Th\u1ECB Minh Khai")]
    [InlineData("\uD55C\uAD6D\uC5B4 \uD14D\uC2A4\uD2B8")]
    [InlineData("a\u0301\u0323")]
    [InlineData("a\u0323\u0301")]
    [InlineData("\u1EA5\u0323")]
    [InlineData("q\u0307\u0323\u0334\u05B0\u0300")]
    [InlineData("\u0DDD\u0F73\u1E9B\u0323")]
    [InlineData("\uF900\uFA10 \u212B \u2126")]
    [InlineData("plain.md")]
    public void Decomposing_matches_icu_nfd(string text)
    {
        Assert.Equal(text.Normalize(NormalizationForm.FormD), CanonicalDecomposition.Decompose(text));
        Assert.Equal(text.Normalize(NormalizationForm.FormC).Normalize(NormalizationForm.FormD), CanonicalDecomposition.Decompose(text.Normalize(NormalizationForm.FormC)));
    }

    [Fact]
    public void Every_combining_mark_is_put_in_icu_order()
    {
        // Each mark after a mark of every other class, in both orders: the order ICU gives is the order of the classes.
        var marks = Enumerable.Range(0x300, 0x70).Concat(Enumerable.Range(0x591, 0x2D)).Concat(Enumerable.Range(0x1DC0, 0x40))
            .Select(char.ConvertFromUtf32).Where(mark => Rune.GetUnicodeCategory(Rune.GetRuneAt(mark, 0)) == UnicodeCategory.NonSpacingMark).ToList();
        foreach (var first in marks)
        {
            foreach (var second in new[] { "\u0301", "\u0323", "\u0334", "\u05B0", "\u0345", "\u031B" })
            {
                var text = "a" + first + second;
                Assert.True(text.Normalize(NormalizationForm.FormD) == CanonicalDecomposition.Decompose(text), $"U+{(int)first[0]:X4} U+{(int)second[0]:X4}");
            }
        }
    }
}
