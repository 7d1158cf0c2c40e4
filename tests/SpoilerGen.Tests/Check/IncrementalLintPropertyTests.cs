using CsCheck;
using SpoilerGen.Build;
using SpoilerGen.Check;
using SpoilerGen.Diagnostics;
using SpoilerGen.Tests.Support;
using SpoilerGen.Write;

namespace SpoilerGen.Tests.Check;

/// <summary>
/// The author's lints kept from one run to the next (<see cref="LintState"/>) give after every edit exactly what a cold
/// run gives, text and order: on random small guides whose pages use a few names (some also written in lower case, in
/// titles and tags, in marked phrases, blocks and headings, at a sentence's start or in its middle), after each edit of
/// a random sequence (a page rewritten, added, deleted, its level or title changed), so that names come and go, phrases
/// become terms and stop being ones, and marked levels move. So do the lints of a new process given the page texts the
/// previous one kept in its render cache (as <c>build</c> does): a page is read again only where its source changed.
/// </summary>
public sealed class IncrementalLintPropertyTests
{
    private static readonly long Sequences =
        long.TryParse(Environment.GetEnvironmentVariable("SPOILERGEN_PROPERTY_ITERATIONS"), out var configured) ? Math.Min(configured, 150) : 60;

    private const int Episodes = 4;

    private static readonly string[] Names = ["Ana", "Bo", "Cora", "Dax Venn", "Eli", "Ana Bo", "Fenn"];
    private static readonly string[] LowerCase = ["ana", "cora", "fenn"];

    private static readonly Gen<string> Sentence =
        Gen.Select(Gen.Int[0, 7], Gen.Int[0, Names.Length - 1], Gen.Int[0, Names.Length - 1], Gen.Int[1, Episodes], (kind, a, b, level) =>
        {
            var (first, second, id) = (Names[a], Names[b], $"s01e{level:00}");
            return kind switch
            {
                0 => $"{first} meets {second} at the gate.",
                1 => $"Later that night {first} {second} waits.",
                2 => $"Someone sees the {LowerCase[a % LowerCase.Length]} by the door.",
                3 => $"Nothing yet. [Then {first} arrives.]{{spoiler={id}}}",
                4 => $"## Where {first} waits",
                5 => $"::: spoiler {id}\n{first} and {second} leave together.\n:::",
                6 => $"In the end [{first}]{{spoiler={id}}} stays.",
                _ => $"Everyone talks about {first}.",
            };
        });

    private static readonly Gen<(int Title, int Level, string[] Body)> Page =
        Gen.Select(Gen.Int[0, Names.Length + 2], Gen.Int[0, Episodes].Array[1].Select(levels => levels[0] > 2 ? levels[0] - 2 : 0), Sentence.Array[1, 6],
            (title, level, body) => (title, level, body));

    private static readonly Gen<(int Kind, int Page, (int Title, int Level, string[] Body) Content)> Edit =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 5], Page, (kind, page, content) => (kind, page, content));

    [Fact]
    public void Lints_kept_from_the_previous_run_equal_a_cold_run_after_every_edit()
    {
        long warned = 0;
        long reused = 0;
        Gen.Select(Page.Array[2, 5], Edit.Array[1, 8]).Sample((pages, edits) =>
        {
            using var site = new TestSite(episodeCount: Episodes);
            var written = new Dictionary<int, (int Title, int Level, string[] Body)>();
            void Write(int index, (int Title, int Level, string[] Body) page)
            {
                written[index] = page;
                var title = page.Title < Names.Length ? $"About {Names[page.Title]}" : $"Page {index}";
                var frontMatter = $"title: {title}" + (page.Level > 0 ? $"\nspoiler: s01e{page.Level:00}" : "") + (page.Title % 3 == 0 ? $"\ntags: [{Names[page.Title % Names.Length]}]" : "");
                site.WritePage($"p{index}.md", frontMatter, string.Join("\n\n", page.Body));
            }
            for (var i = 0; i < pages.Length; i++) Write(i, pages[i]);
            var options = new BuildOptions(site.Root);
            var (previous, states) = Lint(options, null, null);
            var kept = KeptTexts(states);

            foreach (var (kind, index, content) in edits)
            {
                var path = Path.Combine(site.Root, "content", $"p{index}.md");
                switch (kind)
                {
                    case 0 or 1: Write(index, content); break;
                    case 2 when written.Count > 1 && written.Remove(index): File.Delete(path); break;
                    case 3 when written.TryGetValue(index, out var page): Write(index, page with { Level = content.Level }); break;
                    case 4 when written.TryGetValue(index, out var page): Write(index, page with { Title = content.Title }); break;
                }
                (previous, states) = Lint(options, previous, states, out var incremental);
                Lint(options, null, null, out var cold);
                var (_, keptStates) = Lint(options, null, null, out var fromKept, kept);
                // Counts the texts taken as kept (the same objects), not read again: the reuse this checks must happen.
                var keptObjects = kept.Values.SelectMany(texts => texts.Values).ToHashSet(ReferenceEqualityComparer.Instance);
                Interlocked.Add(ref reused, keptStates.SelectMany(state => state.Texts.Values).Count(keptObjects.Contains));
                kept = KeptTexts(keptStates);
                Interlocked.Add(ref warned, cold.Count);
                Assert.True(cold.SequenceEqual(incremental),
                    $"cold [{string.Join("; ", cold)}], incremental [{string.Join("; ", incremental)}] after {string.Join(", ", edits)}");
                Assert.True(cold.SequenceEqual(fromKept),
                    $"cold [{string.Join("; ", cold)}], from the kept texts [{string.Join("; ", fromKept)}] after {string.Join(", ", edits)}");
            }
        }, iter: Sequences);

        // Meaningful only if the random guides give warnings to keep.
        Assert.True(warned > 0);
        Assert.True(reused > 0);
    }

    private static (RenderedSite, IReadOnlyList<LintState>) Lint(BuildOptions options, RenderedSite? previous, IReadOnlyList<LintState>? states) =>
        Lint(options, previous, states, out _);

    /// <summary>The page texts of the states as a next build reads them from its render cache: written in its format and read back.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, PageText>> KeptTexts(IReadOnlyList<LintState> states)
    {
        var bytes = new MemoryStream();
        RenderCacheFormat.Write(bytes, new RenderCacheState("build", "site", [], [], [], [], "parse", [], [],
            RenderCacheFormat.LintTextsBytes([.. states.Select(state => new LintTextsState(state.Language, [.. state.Texts.Values]))])));
        var read = RenderCacheFormat.Read(new MemoryStream(bytes.ToArray()));
        Assert.NotNull(read?.LintTexts);
        var texts = RenderCacheFormat.ReadLintTexts(read.LintTexts);
        Assert.NotNull(texts);
        return texts.ToDictionary(language => language.Language,
            language => (IReadOnlyDictionary<string, PageText>)language.Pages.ToDictionary(page => page.DisplayPath), StringComparer.Ordinal);
    }

    /// <summary>
    /// The lints of the site as it is now, from <paramref name="states"/> (null: cold), reusing the parses of <paramref name="previous"/>
    /// and the texts a previous process kept (<paramref name="kept"/>).
    /// </summary>
    private static (RenderedSite, IReadOnlyList<LintState>) Lint(BuildOptions options, RenderedSite? previous, IReadOnlyList<LintState>? states, out List<string> warnings,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, PageText>>? kept = null)
    {
        var modeled = SiteBuilder.LoadModel(options, previous);
        Assert.True(modeled.HasModel, string.Join("; ", modeled.Diagnostics.ToSortedList()));
        var diagnostics = new DiagnosticBag();
        var next = modeled.Loaded.Languages
            .Select(language => AuthorLints.Run(language.Site, language.Sources, options.SiteFolder, diagnostics, previous: states?.FirstOrDefault(s => s.Language == language.Site.Config.Language),
                sourceKey: SiteBuilder.SourceKeys(modeled.Loaded), readBefore: kept?.GetValueOrDefault(language.Site.Config.Language)))
            .ToList();
        warnings = [.. diagnostics.ToSortedList().Select(d => d.ToString())];
        return (new RenderedSite([], modeled.Loaded, null), next);
    }
}
