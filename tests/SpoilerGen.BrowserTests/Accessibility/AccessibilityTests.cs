using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SpoilerGen.BrowserTests.Accessibility;

/// <summary>axe finds no WCAG 2.0/2.1 A or AA violation on any page of the example guide, in any tree, light or dark.</summary>
[Collection(GuideCollection.Name)]
public sealed class AccessibilityTests(GuideFixture guide, ITestOutputHelper output)
{
    private const int ParallelTabs = 2;

    private static AxeRunOptions WcagAandAA => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    [BrowserTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task No_page_in_any_tree_has_an_axe_violation(string scheme)
    {
        await using var context = await guide.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var chooser = await context.NewPageAsync();
        // A returning reader: the chooser then shows its "Continue at" link, which is checked too.
        await chooser.GotoAsync("");
        await chooser.Locator(".checkpoints a[data-checkpoint=\"3\"]").FollowAsync();
        await chooser.CloseAsync();

        // Two tabs share the pages: while one waits on axe, the other loads its next page.
        var pages = new ConcurrentQueue<string>(guide.Site.Pages);
        var violations = new ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, ParallelTabs).Select(async _ =>
        {
            var page = await context.NewPageAsync();
            while (pages.TryDequeue(out var path))
            {
                await page.GotoAsync(path);
                if (path.Length == 0) await Assertions.Expect(page.Locator("#continue a")).ToBeVisibleAsync();
                // Everything a reader can open is checked open: the "Change episode" list holds links too.
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

                var result = await RunAxeAsync(page);
                foreach (var violation in result.Violations.SelectMany(v => v.Nodes.Select(node =>
                    $"/{path} [{v.Id}, {v.Impact}] {v.Help}: {node.Target} {Explain(node)}")))
                {
                    violations.Add(violation);
                }
            }
        }));

        output.WriteLine($"{guide.Site.Pages.Count} pages checked by axe ({scheme} scheme)");
        Assert.True(violations.Count == 0, $"{violations.Count} axe violations ({scheme}):{Environment.NewLine}{string.Join(Environment.NewLine, violations.Order(StringComparer.Ordinal))}");
    }

    /// <summary>
    /// Runs axe in the page itself ("legacy mode"). The default mode runs axe per frame and then merges the
    /// results in a fresh blank page, which costs about a second per run here (70 s for the suite) and
    /// buys nothing: SpoilerGen pages have no frames. Legacy mode checks the same rules on the whole
    /// document in about 0.25 s. Deque marks it obsolete for future versions; the package is pinned.
    /// </summary>
    private static async Task<AxeResult> RunAxeAsync(IPage page)
    {
#pragma warning disable CS0618 // see the summary: a deliberate choice for a frameless page
        return await page.Locator("html").RunAxeLegacy(WcagAandAA);
#pragma warning restore CS0618
    }

    /// <summary>What axe says is wrong with one element: the messages of its failed checks.</summary>
    private static string Explain(AxeResultNode node) =>
        string.Join("; ", new[] { node.Any, node.All, node.None }.Where(checks => checks is not null).SelectMany(checks => checks).Select(check => check.Message));
}
