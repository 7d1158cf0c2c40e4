using SpoilerGen.Translation;

namespace SpoilerGen.Tests.Translation;

/// <summary>Every built-in table is whole: the English keys, no others, the same placeholders, a form for each plural category its rules give.</summary>
public sealed class BuiltInTablesTests
{
    public static TheoryData<string> Languages => [.. BuiltInLanguageTables.Languages];

    [Fact]
    public void The_seven_languages_the_issue_names_are_built_in() =>
        Assert.Equal(["de", "en", "es", "fr", "ja", "ko", "pt"], BuiltInLanguageTables.Languages);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_table_has_exactly_the_English_keys(string language)
    {
        var english = BuiltInLanguageTables.English.Messages.Keys;
        var table = BuiltInLanguageTables.Table(language);
        Assert.Equal(english, table.Messages.Keys);
        Assert.All(TranslationKeys.UsedByCode, key => Assert.True(table.Has(key), key));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_translation_fills_the_placeholders_the_English_has(string language)
    {
        var english = BuiltInLanguageTables.English;
        var table = BuiltInLanguageTables.Table(language);
        foreach (var (key, message) in table.Messages)
        {
            // A count may go unwritten (some language says "the only result"); every other placeholder is the reader's only way to see its value.
            var expected = english.Messages[key].Forms.Values.SelectMany(TranslationMessage.PlaceholdersOf).Where(name => name != "count").ToHashSet();
            foreach (var form in message.Forms.Values)
            {
                var placeholders = TranslationMessage.PlaceholdersOf(form).Where(name => name != "count").ToHashSet();
                Assert.True(placeholders.SetEquals(expected), $"{language} '{key}': '{form}' fills {{{string.Join("}, {", placeholders)}}}, the English {{{string.Join("}, {", expected)}}}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_plural_text_has_a_form_for_every_category_the_rules_give(string language)
    {
        var table = BuiltInLanguageTables.Table(language);
        foreach (var (key, message) in table.Messages.Where(pair => pair.Value.IsPlural || BuiltInLanguageTables.English.Messages[pair.Key].IsPlural))
        {
            Assert.All(table.Plurals.CategoryNames, category => Assert.True(message.Forms.ContainsKey(category), $"{language} '{key}' has no '{category}' form"));
        }
    }
}
