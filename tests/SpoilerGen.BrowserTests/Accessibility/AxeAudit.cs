using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Infrastructure;

namespace SpoilerGen.BrowserTests.Accessibility;

/// <summary>
/// Runs axe (WCAG 2.0, 2.1 and 2.2, A and AA: 2.2's target size included) on every page of a built guide,
/// in one colour scheme, with everything a reader can open opened, as a returning reader at episode 3 sees it.
/// </summary>
public static class AxeAudit
{
    private const int ParallelTabs = 2;

    private static AxeRunOptions WcagAandAA => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Every violation, one line each (page, rule, impact, element, why), in order.</summary>
    public static async Task<IReadOnlyList<string>> FindViolationsAsync(GuideFixture guide, ColorScheme scheme)
    {
        await using var context = await guide.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
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
                // Everything a reader can open is checked open: the menu and the search hold controls too.
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

                var result = await RunAxeAsync(page);
                foreach (var violation in result.Violations.SelectMany(v => v.Nodes.Select(node =>
                    $"/{path} [{v.Id}, {v.Impact}] {v.Help}: {node.Target} {Explain(node)}")))
                {
                    violations.Add(violation);
                }
            }
        }));
        return [.. violations.Order(StringComparer.Ordinal)];
    }

    /// <summary>The violations axe finds on the page as it is now, one line each (rule, element, why).</summary>
    public static async Task<IReadOnlyList<string>> FindViolationsOnAsync(IPage page)
    {
        var result = await RunAxeAsync(page);
        return [.. result.Violations.SelectMany(v => v.Nodes.Select(node => $"[{v.Id}, {v.Impact}] {v.Help}: {node.Target} {Explain(node)}"))];
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
