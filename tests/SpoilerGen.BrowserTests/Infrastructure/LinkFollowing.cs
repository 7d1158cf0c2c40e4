using Microsoft.Playwright;

namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>Follows a link as a reader does, by clicking it, and waits until its page has loaded.</summary>
public static class LinkFollowing
{
    /// <summary>
    /// Clicks the link and waits for the page its <c>href</c> names: a click only starts a navigation,
    /// so reading the page right after it could still read the old one.
    /// </summary>
    public static async Task FollowAsync(this ILocator link)
    {
        var target = await link.EvaluateAsync<string>("a => a.href");
        await link.ClickAsync();
        await link.Page.WaitForURLAsync(target);
    }
}
