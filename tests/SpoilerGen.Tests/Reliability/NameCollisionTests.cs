using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// Two names that are one file on a macOS or Windows checkout are one error naming both, in the shipped executable
/// (invariant globalization) as with ICU turned back on. Before, under invariant globalization (the default)
/// .NET did not normalize: two pages named <c>café.md</c> in NFC and NFD were a duplicate URL (SG0303), two such
/// static files were both published, and <c>i18n/en.yml</c> beside <c>i18n/EN.yml</c> was not looked at.
/// </summary>
public sealed class NameCollisionTests
{
    private const string Composed = "caf\u00E9", Decomposed = "cafe\u0301";

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void Every_pair_of_names_that_collide_is_one_error_naming_both_in_every_globalization_mode(string invariant)
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage($"{Composed}.md", "title: Composed", "NFC.")
            .WritePage($"{Decomposed}.md", "title: Decomposed", "NFD.")
            .WritePage("Rooftop.md", "title: Upper", "Upper.")
            .WritePage("rooftop.md", "title: Lower", "Lower.")
            .WritePage("x.ko.md", "title: Korean", "Ko.")
            .WritePage("x.KO.md", "title: Korean again", "KO.")
            .WriteFile($"static/{Composed}.txt", "composed")
            .WriteFile($"static/{Decomposed}.txt", "decomposed")
            .WriteFile("static/Poster.png", "upper")
            .WriteFile("static/poster.png", "lower")
            .WriteFile("templates/partials/Footer.html", "<footer>upper</footer>")
            .WriteFile("templates/partials/footer.html", "<footer>lower</footer>")
            .WriteFile("i18n/en.yml", "text:\n  chooser.heading: Where are you?\n")
            .WriteFile("i18n/EN.yml", "text:\n  chooser.heading: WHERE ARE YOU?\n");

        var (exitCode, _, error) = ToolProcess.RunWith(new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant },
            "build", site.Root, "-o", site.Output);

        Assert.Equal(1, exitCode);
        var collisions = error.Split('\n').Where(line => line.Contains("error SG0130:", StringComparison.Ordinal)).ToList();
        (string First, string Second, string Why)[] pairs =
        [
            ($"content/{Composed}.md", $"content/{Decomposed}.md", "Unicode normalization"),
            ("content/Rooftop.md", "content/rooftop.md", "case"),
            ("content/x.KO.md", "content/x.ko.md", "case"),
            ($"static/{Composed}.txt", $"static/{Decomposed}.txt", "Unicode normalization"),
            ("static/Poster.png", "static/poster.png", "case"),
            ("templates/partials/Footer.html", "templates/partials/footer.html", "case"),
            ("i18n/EN.yml", "i18n/en.yml", "case"),
        ];
        foreach (var (first, second, why) in pairs)
        {
            // The position names one of the two, the message the other, in either order.
            var line = Assert.Single(collisions, line => Names(line, first, second));
            Assert.Contains($"differ only in {why}", line);
        }
        Assert.Equal(pairs.Length, collisions.Count);
        Assert.DoesNotContain("SG0303", error);
        Assert.False(Directory.Exists(site.Output));
    }

    private static bool Names(string line, string first, string second) =>
        (line.Contains(first + "(1,1)", StringComparison.Ordinal) && line.Contains(second + " have names", StringComparison.Ordinal))
        || (line.Contains(second + "(1,1)", StringComparison.Ordinal) && line.Contains(first + " have names", StringComparison.Ordinal));
}
