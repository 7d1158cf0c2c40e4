using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>
/// Serves a built site as a static host does: files under a base path (e.g. <c>/guide/</c>), a folder's
/// <c>index.html</c> for the folder, and the site's <c>404.html</c> (when it has one) with status 404 for
/// anything else. Kestrel on 127.0.0.1, on a port the system picks, so test runs never collide.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    public const string NotFoundPageName = "404.html";

    private readonly WebApplication application;

    private StaticSiteServer(WebApplication application, Uri origin, string basePath)
    {
        this.application = application;
        Origin = origin;
        SiteUrl = new Uri(origin, basePath);
    }

    /// <summary><c>http://127.0.0.1:PORT/</c></summary>
    public Uri Origin { get; }

    /// <summary>The site's root: <c>http://127.0.0.1:PORT/guide/</c></summary>
    public Uri SiteUrl { get; }

    /// <param name="siteFolder">The built site.</param>
    /// <param name="basePath">The path the site was built for: starts and ends with <c>/</c>.</param>
    public static async Task<StaticSiteServer> StartAsync(string siteFolder, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = siteFolder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var application = builder.Build();

        var files = new PhysicalFileProvider(siteFolder);
        var notFoundPage = Path.Combine(siteFolder, NotFoundPageName);
        application.Map(basePath.TrimEnd('/'), site =>
        {
            // Redirects /guide and /guide/characters to the slash form, as GitHub Pages does.
            site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            site.UseStaticFiles(new StaticFileOptions { FileProvider = files });
            site.Run(context => NotFoundAsync(context, notFoundPage));
        });
        application.Run(context => NotFoundAsync(context, notFoundPage));

        await application.StartAsync();
        var address = application.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSiteServer(application, new Uri(new Uri(address), "/"), basePath);
    }

    private static async Task NotFoundAsync(HttpContext context, string notFoundPage)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        if (File.Exists(notFoundPage))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(notFoundPage);
            return;
        }
        // A body, so that Chromium shows the 404 as a page rather than failing the navigation.
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("404 Not Found (and the site has no 404.html)");
    }

    public async ValueTask DisposeAsync()
    {
        await application.StopAsync();
        await application.DisposeAsync();
    }
}
