using SpoilerGen.Translation;

namespace SpoilerGen.Tests.Translation;

/// <summary>Numbers and dates in each built-in language, with no ICU: the tool runs with invariant globalization.</summary>
public sealed class FormatTests
{
    [Theory]
    [InlineData("en", 1234567, "1,234,567")]
    [InlineData("en", 999, "999")]
    [InlineData("de", 1234, "1.234")]
    [InlineData("es", 1234, "1234")]
    [InlineData("es", 12345, "12.345")]
    [InlineData("pt", 1234, "1.234")]
    [InlineData("fr", 1234, "1\u202F234")]
    [InlineData("ja", 1234, "1,234")]
    [InlineData("ko", -1234, "-1,234")]
    public void Numbers_are_grouped_as_the_language_writes_them(string language, long number, string expected) =>
        Assert.Equal(expected, BuiltInLanguageTables.Table(language).Numbers.Format(number));

    [Theory]
    [InlineData("en", "May 1, 2024")]
    [InlineData("de", "1. Mai 2024")]
    [InlineData("es", "1 de mayo de 2024")]
    [InlineData("pt", "1 de maio de 2024")]
    [InlineData("fr", "1 mai 2024")]
    [InlineData("ja", "2024年5月1日")]
    [InlineData("ko", "2024년 5월 1일")]
    public void Dates_are_written_as_the_language_writes_them(string language, string expected) =>
        Assert.Equal(expected, BuiltInLanguageTables.Table(language).Dates.Format(new DateOnly(2024, 5, 1)));

    [Fact]
    public void A_count_fills_its_placeholder_in_the_plural_form_and_number_format_of_the_language()
    {
        Assert.Equal("1 result", BuiltInLanguageTables.Table("en").Text(TranslationKeys.SearchResults, 1));
        Assert.Equal("1,500 results", BuiltInLanguageTables.Table("en").Text(TranslationKeys.SearchResults, 1500));
        Assert.Equal("0 résultat", BuiltInLanguageTables.Table("fr").Text(TranslationKeys.SearchResults, 0));
        Assert.Equal("1\u202F000\u202F000 de résultats", BuiltInLanguageTables.Table("fr").Text(TranslationKeys.SearchResults, 1000000));
        Assert.Equal("결과 3개", BuiltInLanguageTables.Table("ko").Text(TranslationKeys.SearchResults, 3));
    }

    [Fact]
    public void Words_shown_only_where_there_is_room_keep_their_text_in_plain_text_and_get_a_span_in_HTML()
    {
        var english = BuiltInLanguageTables.Table("en");
        Assert.Equal("Change episode", english.Text("bar.change_episode"));
        Assert.Equal("Change<span class=\"wide\"> episode</span>", english.Html("bar.change_episode", null, _ => null));
        Assert.Equal("Tagged “&lt;b&gt;”", english.Html(TranslationKeys.Tagged, null, name => name == "tag" ? "&lt;b&gt;" : null));
    }
}
