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

namespace SpoilerGen.PublishTests;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 and a free port that serves a built site's folder under
/// a base path, the way GitHub Pages serves a project site under /REPOSITORY/: a folder's URL serves
/// its index.html, every other path serves the file of that name, and nothing else answers 200.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication application;

    private StaticSiteServer(WebApplication application, Uri origin)
    {
        this.application = application;
        Origin = origin;
    }

    /// <summary>http://127.0.0.1:PORT/, to which the site's paths are relative.</summary>
    public Uri Origin { get; }

    /// <param name="folder">The built site.</param>
    /// <param name="basePath">The path the site is served under, "/guide/" or "/".</param>
    public static async Task<StaticSiteServer> StartAsync(string folder, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = folder,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        // Port 0: the system picks a free one, so parallel test runs never collide.
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));

        var application = builder.Build();
        var files = new PhysicalFileProvider(folder);
        var requestPath = new PathString(basePath.TrimEnd('/'));
        var defaultFiles = new DefaultFilesOptions { FileProvider = files, RequestPath = requestPath };
        defaultFiles.DefaultFileNames.Clear();
        defaultFiles.DefaultFileNames.Add("index.html");
        application.UseDefaultFiles(defaultFiles);
        // GitHub Pages serves a file of any type; so does this server.
        application.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = requestPath,
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
        });
        await application.StartAsync();

        var address = application.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSiteServer(application, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await application.StopAsync();
        await application.DisposeAsync();
    }
}
