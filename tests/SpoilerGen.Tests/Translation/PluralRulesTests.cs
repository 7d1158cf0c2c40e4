using SpoilerGen.Translation;

namespace SpoilerGen.Tests.Translation;

/// <summary>The built-in tables' CLDR plural rules pick the form each language's grammar needs, and any CLDR rule reads.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("en", 0, "other")]
    [InlineData("en", 1, "one")]
    [InlineData("en", 2, "other")]
    [InlineData("de", 1, "one")]
    [InlineData("de", 21, "other")]
    [InlineData("fr", 0, "one")]
    [InlineData("fr", 1, "one")]
    [InlineData("fr", 2, "other")]
    [InlineData("fr", 1000000, "many")]
    [InlineData("es", 0, "other")]
    [InlineData("es", 1, "one")]
    [InlineData("es", 2000000, "many")]
    [InlineData("es", 1000001, "other")]
    [InlineData("pt", 0, "one")]
    [InlineData("pt", 1, "one")]
    [InlineData("pt", 2, "other")]
    [InlineData("ko", 1, "other")]
    [InlineData("ja", 1, "other")]
    public void Each_language_picks_its_category(string language, long count, string category) =>
        Assert.Equal(category, BuiltInLanguageTables.Table(language).Plurals.Select(count));

    [Fact]
    public void A_rule_with_modulus_and_ranges_reads_as_CLDR_writes_it()
    {
        // Russian's "one" and "few", with their samples, as in CLDR's plurals.xml.
        var one = PluralRule.Parse("v = 0 and i % 10 = 1 and i % 100 != 11 @integer 1, 21, 31", out _)!;
        var few = PluralRule.Parse("v = 0 and i % 10 = 2..4 and i % 100 != 12..14", out _)!;

        Assert.True(one.Matches(21));
        Assert.False(one.Matches(11));
        Assert.True(few.Matches(23));
        Assert.False(few.Matches(13));
        Assert.True(PluralRule.Parse("n in 3..10,13..19", out _)!.Matches(15));
        Assert.True(PluralRule.Parse("n not in 0..1", out _)!.Matches(7));
    }

    [Theory]
    [InlineData("i = ", "the rule ends too early")]
    [InlineData("x = 1", "'x' is not a plural operand")]
    [InlineData("n % 0 = 1", "'% 0' divides by zero")]
    [InlineData("n = 1 1", "'1' was not expected")]
    public void A_rule_that_is_not_CLDR_says_why(string text, string problem)
    {
        Assert.Null(PluralRule.Parse(text, out var why));
        Assert.Contains(problem, why);
    }
}
