using SpoilerGen.Diagnostics;
using SpoilerGen.Render;
using SpoilerGen.Render.Templates;
using SpoilerGen.Render.Views;
using SpoilerGen.Translation;

namespace SpoilerGen.Tests.Templates;

/// <summary>
/// The build renders its pages on every core at once, each render with a template context of its own taken from a pool,
/// and all of them calling the same <c>t</c>: one render must never see another's state. The native tool once failed a
/// build, rarely and only under heavy load, with a NullReferenceException inside <c>{{ t "skip_link" }}</c>.
/// </summary>
public sealed class ParallelTranslateRenderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("spoilergen-parallel-t").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Thousands_of_parallel_renders_of_t_each_write_what_one_render_alone_writes()
    {
        // t in text and in an attribute, with a count, with placeholders wrapped in an element, in a partial and in the page.
        Directory.CreateDirectory(Path.Combine(_root, "templates", "partials"));
        File.WriteAllText(Path.Combine(_root, "templates", "partials", "words.html"),
            "<a class=\"skip-link\" href=\"#main\">{{ t \"skip_link\" }}</a><nav aria-label=\"{{ t \"nav.sections\" }}\">{{ t \"menu\" }}</nav>\n");
        File.WriteAllText(Path.Combine(_root, "templates", "words-page.html"),
            "{{ include 'partials/words.html' }}<p>{{ t \"search.results\" number }}</p><p>{{ t \"bar.safe_up_to\" { episode: label } \"strong\" }}</p>"
            + "{{ for i in 1..3 }}<i title=\"{{ t \"search.results\" i }}\">{{ t \"search.results\" i }}</i>{{ end }}\n");
        var diagnostics = new DiagnosticBag();
        var theme = ThemeTemplates.Load(_root, diagnostics);
        var site = new SiteView("Guide", null, "en", "/", "https://example.org/", "/assets/", "/levels.json", "/", null, null, null);
        var renderer = new TemplateRenderer(theme, site, new GeneratorView("SpoilerGen", "0"), BuiltInLanguageTables.English, diagnostics, BuildClock.FromEnvironment(diagnostics));
        string? Render(int page) => renderer.Render("words-page.html",
            new Dictionary<string, object?> { ["number"] = page % 7, ["label"] = $"Episode {page % 5}" }, $"page {page}", order: page);
        var alone = Enumerable.Range(0, 35).Select(Render).ToArray();
        Assert.All(alone, html => Assert.Contains("Skip to content", html));

        var together = new string?[4_000];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, page => together[page] = Render(page));

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Null(renderer.EarliestFailureOrder);
        for (var page = 0; page < together.Length; page++) Assert.Equal(alone[page % 35], together[page]);
        Assert.Contains("<p>Safe up to <strong>Episode 3</strong></p>", alone[3]);
        Assert.Contains("<i title=\"2 results\">2 results</i>", alone[0]);
    }
}
