using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>
/// Reads many pages in two tabs of one browser context that share the list: while one tab waits on the
/// test's script in its page, the other loads its next page (2 tabs beat 1 on a 2-core machine; more do not).
/// </summary>
public static class ParallelTabs
{
    public const int Count = 2;

    /// <summary>Opens the tabs (each prepared by <paramref name="openTab"/>, when given) and visits every item once, in some tab.</summary>
    public static async Task VisitAsync<T>(IBrowserContext context, IEnumerable<T> items, Func<IPage, T, Task> visit, Func<IPage, Task>? openTab = null)
    {
        var queue = new ConcurrentQueue<T>(items);
        await Task.WhenAll(Enumerable.Range(0, Count).Select(async _ =>
        {
            var page = await context.NewPageAsync();
            if (openTab is not null) await openTab(page);
            while (queue.TryDequeue(out var item)) await visit(page, item);
            await page.CloseAsync();
        }));
    }
}
