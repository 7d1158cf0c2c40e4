using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;

namespace SpoilerGen.Serve;

/// <summary>
/// <c>spoilergen serve</c>: builds the site in memory, serves it from Kestrel on 127.0.0.1 (or the address
/// given with --bind) under its base path, and rebuilds on every save, telling open tabs to reload.
/// Nothing is written to disk.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _application;
    private readonly SiteWatcher _watcher;
    private readonly CancellationTokenSource _stopping;
    private readonly Task _rebuilds;

    private SiteServer(WebApplication application, SiteWatcher watcher, CancellationTokenSource stopping, Task rebuilds, ServeStateStore store, Uri origin)
    {
        _application = application;
        _watcher = watcher;
        _stopping = stopping;
        _rebuilds = rebuilds;
        State = store;
        Origin = origin;
    }

    /// <summary><c>http://127.0.0.1:PORT/</c></summary>
    public Uri Origin { get; }

    /// <summary>Where the site is: <c>http://127.0.0.1:PORT/base-path/</c>, from the latest good build.</summary>
    public Uri SiteUrl => new(Origin, State.Current.LastGood?.BasePath ?? "/");

    public ServeStateStore State { get; }

    /// <summary>Builds, starts listening and watching; a port that cannot be had is a <see cref="ServeStartResult.Problem"/>, not an exception.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled (Ctrl+C, SIGTERM) before the first build finished.</exception>
    public static async Task<ServeStartResult> StartAsync(ServeOptions options, ServeLog log, CancellationToken cancellation = default)
    {
        var rebuilder = new SiteRebuilder(options, log);
        // Stops the first render too, if it runs on after the server started: Ctrl+C, or the server disposed.
        var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var firstRequest = new FirstRequestSignal();
        var build = rebuilder.StartFirst(firstRequest.Opened, stopping.Token);
        var (first, elapsed, rest) = await FirstStateAsync(build);
        var problem = first.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.ServeBasePathReserved) is { } reserved
            ? new ServeStartResult(null, $"{reserved.Position}: {reserved.Message}")
            // Like the option, a base path that serve cannot answer under is one line before anything starts.
            : first.Diagnostics.Any(diagnostic => diagnostic.Code == DiagnosticCodes.ConfigMissing)
                ? new ServeStartResult(null, $"there is no site to serve in '{options.SiteFolder}'; run serve in the folder that holds {ConfigLoader.FileName}, or make a guide with 'spoilergen new SITE'", NoSite: true)
                : null;
        if (problem is not null)
        {
            if (problem.NoSite) log.Diagnostics(first.Diagnostics);
            stopping.Dispose();
            return problem;
        }
        var store = new ServeStateStore(first);
        // A site served on request holds its model, which is all it has made: the whole render gives back its garbage when it ends.
        if (rest is null) rebuilder.ReturnGarbage();

        var loop = new RebuildLoop(rebuilder, store, options.QuietPeriod, log, options.Verbose);
        var application = CreateApplication(options.Address, options.Port, new SiteRequestHandler(store, new ServeAssets(), stopping.Token, firstRequest, loop.Answered));
        try
        {
            await application.StartAsync();
        }
        catch (Exception exception) when (exception is IOException or SocketException)
        {
            await application.DisposeAsync();
            await StopAsync(stopping, rest);
            // Kestrel reports an address that is not this machine's (--bind 8.8.8.8) as a bare SocketException.
            var listenProblem = exception.InnerException is AddressInUseException || exception.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase)
                ? $"port {options.Port} on {options.Address} is already in use; choose another with --port, or leave --port out for a free one"
                : exception is SocketException { SocketErrorCode: SocketError.AddressNotAvailable }
                    ? $"{options.Address} is not an address of this machine; give --bind one of its addresses, 127.0.0.1 (the default), or 0.0.0.0 for all of them"
                    : $"cannot listen on {options.Address}:{options.Port}: {exception.Message}; give --bind an address of this machine, or 0.0.0.0 for all of them";
            return new ServeStartResult(null, listenProblem);
        }

        firstRequest.OpenAfter(options.WholeRenderDelay, stopping.Token);
        // Reported only once the port is ours: a port in use is then the one line printed.
        if (rest is null) ReportFirstBuild(first, elapsed, log);
        else log.Info($"Read {first.LastGood!.PageCount} pages into {first.LastGood.TreeCount} trees in {elapsed.TotalMilliseconds:0} ms; each page is rendered when asked for while the whole site renders.");
        var watcher = new SiteWatcher(options.SiteFolder, loop.OnChanged);
        var rebuilds = RebuildAsync(rest, store, loop, rebuilder, log, stopping.Token);
        var address = new Uri(application.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new ServeStartResult(new SiteServer(application, watcher, stopping, rebuilds, store, LocalOrigin(options.Address, address.Port)), null);
    }

    /// <summary>The state to serve first: for a large site, the one that renders each file on request, with the whole build still running.</summary>
    private static async Task<(ServeState State, TimeSpan Elapsed, Task<(ServeState State, TimeSpan Elapsed)>? Remaining)> FirstStateAsync(FirstBuild build)
    {
        if (build.OnDemand is { } onDemand) return (onDemand, build.ModelElapsed, build.Whole);
        var (state, elapsed) = await build.Whole;
        return (state, elapsed, null);
    }

    /// <summary>Publishes the whole first build once it is done, if the server started before it; then rebuilds on every save.</summary>
    private static async Task RebuildAsync(Task<(ServeState State, TimeSpan Elapsed)>? rest, ServeStateStore store, RebuildLoop loop, SiteRebuilder rebuilder,
        ServeLog log, CancellationToken stopping)
    {
        if (rest is not null)
        {
            try
            {
                var (state, elapsed) = await rest;
                // A newer version: open tabs reload, onto the whole build or its errors.
                state = state with { Version = store.Current.Version + 1 };
                store.Publish(state);
                ReportFirstBuild(state, elapsed, log);
                rebuilder.ReturnGarbage();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
        await loop.RunAsync(stopping);
    }

    private static async Task StopAsync(CancellationTokenSource stopping, Task? rest)
    {
        await stopping.CancelAsync();
        if (rest is not null)
        {
            try
            {
                await rest;
            }
            catch (OperationCanceledException)
            {
            }
        }
        stopping.Dispose();
    }

    /// <summary>Where this machine's browser reaches the server: a wildcard address is reached on loopback.</summary>
    private static Uri LocalOrigin(IPAddress address, int port)
    {
        var host = address.Equals(IPAddress.Any) ? IPAddress.Loopback
            : address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback
            : address;
        return new UriBuilder(Uri.UriSchemeHttp, host.ToString(), port, "/").Uri;
    }

    private static void ReportFirstBuild(ServeState first, TimeSpan elapsed, ServeLog log)
    {
        log.Diagnostics(first.Diagnostics);
        if (first.LastGood is { } snapshot)
        {
            log.Info($"Built {snapshot.PageCount} pages into {snapshot.TreeCount} trees ({snapshot.FileCount} files) in memory in {elapsed.TotalMilliseconds:0} ms.");
            return;
        }
        var errors = first.Diagnostics.Count(d => d.IsError);
        log.Error($"Build failed: {errors} error{(errors == 1 ? "" : "s")}; the browser shows {(errors == 1 ? "it" : "them")} until a save fixes {(errors == 1 ? "it" : "them")}.");
    }

    private static WebApplication CreateApplication(IPAddress address, int port, SiteRequestHandler handler)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Whatever ASPNETCORE_ENVIRONMENT says: serve's answers are its own, never a development error page.
            EnvironmentName = Environments.Production,
            // Nothing of the author's folder is read by the host itself; every answer comes from memory.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, port);
        });
        // Open event streams end as soon as stopping is signalled; this only bounds a stuck request.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var application = builder.Build();
        application.Run(handler.HandleAsync);
        return application;
    }

    /// <summary>Stops watching, ends every event stream and stops listening.</summary>
    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _stopping.CancelAsync();
        await _rebuilds;
        await _application.StopAsync();
        await _application.DisposeAsync();
        _stopping.Dispose();
    }
}
