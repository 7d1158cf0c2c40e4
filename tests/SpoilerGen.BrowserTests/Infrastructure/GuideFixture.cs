using System.Collections.Immutable;
using Microsoft.Playwright;
using SpoilerGen.Testing;

namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>
/// Shared by every test of <see cref="GuideCollection"/>: the example guide built once into a temporary
/// folder, served under <see cref="BasePath"/> from 127.0.0.1, and one Chromium. Each test opens its own
/// browser context (<see cref="NewContextAsync"/>), so no test sees another's localStorage or cache.
/// </summary>
public class GuideFixture : IAsyncLifetime
{
    /// <summary>A base path, not the root: a guide is often served from a project site's sub-folder.</summary>
    public const string BasePath = "/guide/";

    // Chromium flags for a root container without a GPU or network: quick start, no background traffic.
    private static readonly ImmutableArray<string> ChromiumArguments =
    [
        "--disable-gpu", "--disable-quic", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly TemporaryFolder outputFolder = new("browser-tests");
    private StaticSiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private string? browserProblem;
    private readonly Lazy<Task<PageSurvey>> survey;

    public GuideFixture() => survey = new(() => PageSurvey.ReadAsync(this));

    public string RepositoryFolder => RepositoryPaths.Root;

    public BuiltSite Site { get; private set; } = null!;

    /// <summary><c>http://127.0.0.1:PORT/guide/</c></summary>
    public Uri SiteUrl => (server ?? throw new InvalidOperationException("The server has not started")).SiteUrl;

    /// <summary>The URL of a page given relative to the site root (<c>s01e01/characters/</c>).</summary>
    public string UrlOf(string relativePath) => new Uri(SiteUrl, relativePath).ToString();

    /// <summary>Every page loaded once and read for every check of every page (axe, weight, hosts, phone width), the first time a test asks.</summary>
    public Task<PageSurvey> SurveyAsync() => survey.Value;

    /// <summary>The site folder to build: the example guide, unless a fixture of another guide says otherwise.</summary>
    protected virtual string PrepareSite() => RepositoryPaths.ExampleSite;

    public async Task InitializeAsync()
    {
        Site = BuiltSite.Build(PrepareSite(), outputFolder.Path, BasePath);
        server = await StaticSiteServer.StartAsync(Site.Folder, BasePath);

        if (!ChromiumLocation.IsAvailable)
        {
            // Not thrown here: the tests that need no browser still run, and each browser test
            // reports this (skipped on a developer's machine, failed under CI=true).
            browserProblem = ChromiumLocation.MissingMessage;
            return;
        }
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumLocation.ExecutablePath,
            Headless = true,
            ChromiumSandbox = false,
            Args = ChromiumArguments,
            // Nothing leaves this machine: every request to another host goes to a proxy that is not
            // there (the discard port) and fails at once; the tests that look for such requests still
            // see them. Loopback bypasses the proxy. Cheaper than routing: no request is intercepted.
            Proxy = new Proxy { Server = "http://127.0.0.1:9", Bypass = "127.0.0.1" },
        });
    }

    /// <summary>A fresh browser context (empty storage and cache) whose relative URLs resolve against the site's root.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        if (browser is null)
        {
            throw new InvalidOperationException(browserProblem + (ChromiumLocation.IsRequired ? " (CI=true: the browser tests must run)" : ""));
        }
        options ??= new BrowserNewContextOptions();
        options.BaseURL = SiteUrl.ToString();
        var context = await browser.NewContextAsync(options);
        // Everything is local, so a long wait is a hang, not a slow network; but a 2-core machine that
        // is also building can take several seconds for one step, so the limit is generous.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    public virtual async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
        outputFolder.Dispose();
    }
}
