using System.Text;
using SpoilerGen.Testing;
using SpoilerGen.Translation;

namespace SpoilerGen.Tests.Translation;

/// <summary>The README's i18n keys table is the built-in English table: it cannot drift from what the theme uses.</summary>
public sealed class ReadmeKeysTableTests
{
    private const string Start = "<!-- i18n-keys: generated from src/SpoilerGen.Core/Translation/Tables/en.yml by ReadmeKeysTableTests; SPOILERGEN_UPDATE_README=1 rewrites it -->";
    private const string End = "<!-- /i18n-keys -->";

    [Fact]
    public void The_README_lists_every_key_with_its_English_words()
    {
        var path = Path.Combine(RepositoryPaths.Root, "README.md");
        var readme = File.ReadAllText(path);
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no generated i18n keys table");
        var expected = Start + "\n" + Table() + End;
        var actual = readme[start..(end + End.Length)];
        if (actual != expected && Environment.GetEnvironmentVariable("SPOILERGEN_UPDATE_README") == "1")
        {
            File.WriteAllText(path, readme[..start] + expected + readme[(end + End.Length)..]);
            return;
        }
        Assert.Equal(expected, actual);
    }

    private static string Table()
    {
        var table = new StringBuilder("| key | English | used by |\n|---|---|---|\n");
        foreach (var (key, message) in BuiltInLanguageTables.English.Messages)
        {
            var words = string.Join("; ", message.Forms.Select(form => message.IsPlural ? $"{form.Key}: {form.Value}" : form.Value));
            var usedBy = TranslationKeys.UsedByCode.Contains(key) ? "SpoilerGen" : "the theme";
            table.Append("| `").Append(key).Append("` | ").Append(words.Replace("|", "\\|", StringComparison.Ordinal)).Append(" | ").Append(usedBy).Append(" |\n");
        }
        return table.ToString();
    }
}
