using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SpoilerGen.Testing;

/// <summary>
/// Serves a built site the way GitHub Pages serves a project site under /REPOSITORY/, so that tests read
/// what readers will: every file under the base path, of any type; a folder's <c>index.html</c> at the
/// folder's URL, and the URL without its slash redirected to it; the site's <c>404.html</c> (when it has
/// one) with status 404 for anything else. A real HTTP server (Kestrel) on 127.0.0.1 and a port the
/// system picks, so that parallel test runs never collide.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    public const string NotFoundPageName = "404.html";

    private const string IndexPageName = "index.html";

    private readonly WebApplication application;
    private readonly PhysicalFileProvider files;

    private StaticSiteServer(WebApplication application, PhysicalFileProvider files, Uri origin, string basePath)
    {
        this.application = application;
        this.files = files;
        Origin = origin;
        SiteUrl = new Uri(origin, basePath);
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>, to which the site's paths are relative.</summary>
    public Uri Origin { get; }

    /// <summary>The site's root: <c>http://127.0.0.1:PORT/guide/</c>.</summary>
    public Uri SiteUrl { get; }

    /// <param name="siteFolder">The built site.</param>
    /// <param name="basePath">The path the site was built for and is served under: <c>/guide/</c> or <c>/</c>.</param>
    public static async Task<StaticSiteServer> StartAsync(string siteFolder, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = siteFolder,
            // Whatever ASPNETCORE_ENVIRONMENT says on this machine: no development error pages in answers.
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var application = builder.Build();

        var files = new PhysicalFileProvider(siteFolder);
        var requestPath = new PathString(basePath.TrimEnd('/'));
        var defaultFiles = new DefaultFilesOptions { FileProvider = files, RequestPath = requestPath };
        // GitHub Pages knows no default.htm: a site that relied on one must not pass here.
        defaultFiles.DefaultFileNames.Clear();
        defaultFiles.DefaultFileNames.Add(IndexPageName);
        // Also answers /guide and /guide/characters with a 301 to the slash form, as GitHub Pages does.
        application.UseDefaultFiles(defaultFiles);
        // GitHub Pages serves a file of any type, so a link to one is not broken.
        application.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = requestPath,
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
        });
        var notFoundPage = Path.Combine(siteFolder, NotFoundPageName);
        application.Run(context => NotFoundAsync(context, notFoundPage));

        await application.StartAsync();
        var address = application.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSiteServer(application, files, new Uri(new Uri(address), "/"), basePath);
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
        files.Dispose();
    }
}
