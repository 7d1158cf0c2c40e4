using CsCheck;
using SpoilerGen.Build;
using SpoilerGen.Check;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Check;

/// <summary>
/// The unmarked-spoiler lint on random sites: a made-up name marked as a spoiler of episode k (by a phrase,
/// a block, a heading's section or the page's own level) and slipped once, unmarked, onto the home page
/// (at a sentence's start, in its middle, or in a heading), among ordinary sentences. It must warn exactly
/// there, and say nothing when there is no slip.
/// </summary>
public sealed class UnmarkedSpoilerPropertyTests
{
    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable("SPOILERGEN_PROPERTY_ITERATIONS"), out var configured) ? Math.Min(configured, 200) : 60;

    private static readonly string[] Syllables = ["vor", "ka", "zel", "mi", "dran", "qu", "ol", "thes", "ny", "bar"];

    private static readonly string[] Fillers =
    [
        "The school is quiet before the bell.", "Students wait in the hall for news.", "When it rains, everyone stays inside.",
        "She reads a book by the window.", "Nobody knows what happens next.", "Then the lights go out.",
    ];

    private static readonly Gen<string> Name =
        Gen.Int[0, Syllables.Length - 1].Array[2, 3].Select(parts =>
        {
            var name = string.Concat(parts.Select(i => Syllables[i]));
            return char.ToUpperInvariant(name[0]) + name[1..] + "-" + Syllables[parts[0]];
        });

    [Fact]
    public void A_slipped_name_warns_exactly_where_it_slipped_and_nowhere_else()
    {
        var cases = Gen.Select(Name, Gen.Int[2, 12], Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, Fillers.Length - 1].Array[0, 4], Gen.Bool);
        cases.Sample((name, level, markup, place, fillers, slip) =>
        {
            var id = $"s01e{level:00}";
            var home = fillers.Select(i => Fillers[i]).ToList();
            var line = 4 + 2 * home.Count;
            var (slipped, column) = place switch
            {
                0 => ($"{name} waits by the gate.", 1),
                1 => ($"Later that night {name} waits by the gate.", 18),
                _ => ($"## Where {name} waits", 10),
            };
            if (slip) home.Add(slipped);
            var (frontMatter, body) = markup switch
            {
                0 => ("title: A", $"Nothing yet. [Then {name} arrives.]{{spoiler={id}}}"),
                1 => ("title: A", $"::: spoiler {id}\nThen {name} arrives.\n:::"),
                2 => ("title: A", $"## Later {{spoiler={id}}}\n\nThen {name} arrives."),
                _ => ($"title: A\nspoiler: {id}", $"Then {name} arrives."),
            };
            using var site = new TestSite(episodeCount: 12)
                .WritePage("_index.md", "title: Home", string.Join("\n\n", home.DefaultIfEmpty("Welcome.")))
                .WritePage("a.md", frontMatter, body);

            var result = SiteChecker.Check(new BuildOptions(site.Root));

            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
            var warnings = result.Diagnostics.Where(d => d.Code == "SG0601").Select(d => (Path.GetFileName(d.Position.Path), d.Position.Line, d.Position.Column));
            Assert.Equal(slip ? [("_index.md", line, column)] : [], warnings);
        }, iter: Iterations);
    }
}
