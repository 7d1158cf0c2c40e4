using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using SpoilerGen.Render;
using SpoilerGen.Render.Output;
using SpoilerGen.Render.SpoilerMap;

namespace SpoilerGen.Serve;

/// <summary>
/// Answers every request from the current <see cref="ServeState"/>, as GitHub Pages serves a project
/// site: files under the base path, a folder's <c>index.html</c> at its URL (and the URL without its slash
/// redirected there), the host's root redirected to the base path, and the guide's own <c>404.html</c>
/// with status 404 for anything else. HTML gets serve's bar; serve's own URLs are under <see cref="ServePaths.Prefix"/>.
/// </summary>
/// <param name="firstRequest">Opened once a request for the site has been answered: the whole first render of a large guide waits for it.</param>
/// <param name="answered">Told the version of each state a file of the site is sent from (serve --verbose's timeline: <see cref="RebuildLoop.Answered"/>).</param>
public sealed class SiteRequestHandler(ServeStateStore store, ServeAssets assets, CancellationToken stopping, FirstRequestSignal? firstRequest = null,
    Action<int>? answered = null)
{
    private const string IndexFileName = "index.html";
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    public Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        }
        // Every answer may change at the next save.
        context.Response.Headers.CacheControl = "no-store";
        // Only localhost and addresses written as numbers: a web page that points a name of its own at this
        // server (DNS rebinding) must not read a guide that is not published yet. A phone on the network
        // (with --bind) asks by the address it was given.
        if (!IsAddressOrLocalhost(context.Request.Host.Host))
        {
            return SendTextAsync(context, StatusCodes.Status400BadRequest, "text/plain; charset=utf-8", "spoilergen serve answers only to localhost and IP addresses, such as 127.0.0.1");
        }

        var path = request.Path.Value ?? "/";
        var state = store.Current;
        if (path.StartsWith(ServePaths.Prefix, StringComparison.Ordinal)) return ServeOwnAsync(context, path, state);

        var basePath = state.LastGood?.BasePath ?? "/";
        // The request's path comes decoded ('/my guide/'), the base path as a URL writes it ('/my%20guide/'); a base path
        // never holds an encoded separator (the config refuses one), so decoding it names the same folders.
        var decodedBasePath = Uri.UnescapeDataString(basePath);
        if (path.StartsWith(decodedBasePath, StringComparison.Ordinal))
        {
            // The file asked for is rendered (or found to wait for the whole render) before this returns; only its sending is left.
            var answer = ServeSiteAsync(context, path[decodedBasePath.Length..], state);
            firstRequest?.Open();
            return answer;
        }
        if (path == decodedBasePath.TrimEnd('/') || path == "/") return Redirect(context, basePath, permanent: path != "/");
        return NotFoundAsync(context, state);
    }

    /// <remarks>Host names are case-insensitive, and a trailing dot names the same (fully qualified) host.</remarks>
    internal static bool IsAddressOrLocalhost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.Equals("localhost.", StringComparison.OrdinalIgnoreCase) || System.Net.IPAddress.TryParse(host.TrimStart('[').TrimEnd(']'), out _);

    private Task ServeSiteAsync(HttpContext context, string relative, ServeState state)
    {
        if (state.LastGood is not { } snapshot) return NothingBuiltAsync(context, state);
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + IndexFileName : relative;
        if (snapshot.TryGetFile(file, out var output))
        {
            answered?.Invoke(state.Version);
            return SendAsync(context, output, state, StatusCodes.Status200OK);
        }
        if (!snapshot.IsComplete) return AfterWholeRenderAsync(context, state);
        if (snapshot.TryGetFile(file + "/" + IndexFileName, out _)) return Redirect(context, context.Request.Path.ToUriComponent() + "/", permanent: true);
        return NotFoundAsync(context, state);
    }

    /// <summary>
    /// Answers once the first render has finished: while it runs, a file not rendered on request may yet be one of the site
    /// (a static file), and only that render says whether the site builds at all.
    /// </summary>
    private async Task AfterWholeRenderAsync(HttpContext context, ServeState state)
    {
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await store.WaitForNewerAsync(state.Version, ending.Token);
        }
        catch (OperationCanceledException) when (ending.IsCancellationRequested)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        await HandleAsync(context);
    }

    private Task NotFoundAsync(HttpContext context, ServeState state)
    {
        if (state.LastGood is not { } snapshot) return NothingBuiltAsync(context, state);
        if (snapshot.TryGetFile(SiteRenderer.NotFoundFileName, out var notFound)) return SendAsync(context, notFound, state, StatusCodes.Status404NotFound);
        if (!snapshot.IsComplete) return AfterWholeRenderAsync(context, state);
        return SendTextAsync(context, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "404 Not Found (and the site has no 404.html)");
    }

    /// <summary>The first build failed: every page is the list of errors, until a save fixes them.</summary>
    private static Task NothingBuiltAsync(HttpContext context, ServeState state)
    {
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Build failed · SpoilerGen serve</title>\n</head>\n<body>\n<main>\n<h1>The site does not build yet</h1>\n</main>\n"
            + ServeBar.Html(state, tree: null, page: null, onMap: false) + "</body>\n</html>\n";
        return SendTextAsync(context, StatusCodes.Status500InternalServerError, "text/html; charset=utf-8", html);
    }

    private async Task SendAsync(HttpContext context, OutputFile file, ServeState state, int status)
    {
        var contentType = ContentTypeOf(file.RelativePath);
        switch (file)
        {
            case TextOutputFile text when file.RelativePath.EndsWith(".html", StringComparison.Ordinal):
                var snapshot = state.LastGood!;
                var isPage = snapshot.TryGetPage(file.RelativePath, out var tree, out var page);
                var bar = ServeBar.Html(state, isPage ? tree : snapshot.TreeOf(file.RelativePath), isPage ? page : null, onMap: false);
                await SendTextAsync(context, status, contentType, HtmlInjection.BeforeBodyEnd(text.Text, bar));
                break;
            case CompressedOutputFile compressed when file.RelativePath.EndsWith(".html", StringComparison.Ordinal):
                var site = state.LastGood!;
                var isSitePage = site.TryGetPage(file.RelativePath, out var pageTree, out var sitePage);
                var siteBar = ServeBar.Html(state, isSitePage ? pageTree : site.TreeOf(file.RelativePath), isSitePage ? sitePage : null, onMap: false);
                await SendTextAsync(context, status, contentType, HtmlInjection.BeforeBodyEnd(compressed.Text, siteBar));
                break;
            case TextOutputFile text:
                await SendTextAsync(context, status, contentType, text.Text);
                break;
            case CompressedOutputFile compressed:
                await SendBytesAsync(context, status, contentType, compressed.Bytes());
                break;
            case DeferredOutputFile deferred:
                await SendBytesAsync(context, status, contentType, deferred.Bytes());
                break;
            case BinaryOutputFile binary:
                await SendBytesAsync(context, status, contentType, binary.Content);
                break;
            default:
                // Static files too are bytes in memory, read when the build was made (InMemoryOutput): nothing is read from disk here.
                throw new InvalidOperationException($"serve holds a {file.GetType().Name} for '{file.RelativePath}', which is not in memory");
        }
    }

    private Task ServeOwnAsync(HttpContext context, string path, ServeState state)
    {
        switch (path)
        {
            case ServePaths.Events when HttpMethods.IsGet(context.Request.Method):
                return EventsAsync(context);
            case ServePaths.Script:
                return SendBytesAsync(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", assets.Script);
            case ServePaths.Style:
                return SendBytesAsync(context, StatusCodes.Status200OK, "text/css; charset=utf-8", assets.Style);
            case ServePaths.Episode:
                return EpisodeAsync(context, state);
        }
        if (path.StartsWith(ServePaths.MapPrefix, StringComparison.Ordinal)) return MapAsync(context, path[ServePaths.MapPrefix.Length..], state);
        return NotFoundAsync(context, state);
    }

    /// <summary>The page (or, without one, the home) in the tree that serves the chosen checkpoint.</summary>
    private Task EpisodeAsync(HttpContext context, ServeState state)
    {
        if (state.LastGood is not { } snapshot) return NothingBuiltAsync(context, state);
        var site = snapshot.Site;
        var query = context.Request.Query;
        if (!int.TryParse(query["checkpoint"], NumberStyles.None, CultureInfo.InvariantCulture, out var checkpoint) || checkpoint > site.Timeline.LastIndex)
        {
            return SendTextAsync(context, StatusCodes.Status400BadRequest, "text/plain; charset=utf-8", $"checkpoint must be a number from 0 to {site.Timeline.LastIndex}");
        }
        var tree = site.TreeFor(checkpoint);
        var page = query["page"] is { Count: 1 } key ? snapshot.PageByKey(key.ToString()) : null;
        var target = page is not null && page.ExistsAt(tree.Index) ? snapshot.Urls.Page(tree, page) : snapshot.Urls.Tree(tree);
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = target;
        return Task.CompletedTask;
    }

    private Task MapAsync(HttpContext context, string pageKey, ServeState state)
    {
        if (state.LastGood is not { } snapshot) return NothingBuiltAsync(context, state);
        if (snapshot.PageByKey(pageKey) is not { } page) return NotFoundAsync(context, state);
        var map = new SpoilerMapBuilder(snapshot.Site, snapshot.Pipeline, snapshot.Urls, target => ServePaths.Map(target.Key)).Build(page);
        return SendTextAsync(context, StatusCodes.Status200OK, "text/html; charset=utf-8", SpoilerMapPage.Html(map, snapshot, state));
    }

    /// <summary>
    /// Server-sent events: "hello" with the current build's version on connecting, then "reload" with
    /// each new version. Ends when the tab closes or the server stops.
    /// </summary>
    private async Task EventsAsync(HttpContext context)
    {
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var state = store.Current;
        try
        {
            await WriteEventAsync(response, "hello", state.Version, ending.Token);
            while (true)
            {
                state = await store.WaitForNewerAsync(state.Version, ending.Token);
                await WriteEventAsync(response, "reload", state.Version, ending.Token);
            }
        }
        catch (OperationCanceledException) when (ending.IsCancellationRequested)
        {
        }
    }

    private static async Task WriteEventAsync(HttpResponse response, string name, int version, CancellationToken cancellation)
    {
        await response.WriteAsync($"event: {name}\ndata: {version.ToString(CultureInfo.InvariantCulture)}\n\n", cancellation);
        await response.Body.FlushAsync(cancellation);
    }

    private static Task Redirect(HttpContext context, string location, bool permanent)
    {
        context.Response.StatusCode = permanent ? StatusCodes.Status301MovedPermanently : StatusCodes.Status302Found;
        context.Response.Headers.Location = location + context.Request.QueryString;
        return Task.CompletedTask;
    }

    private static Task SendTextAsync(HttpContext context, int status, string contentType, string text) =>
        SendBytesAsync(context, status, contentType, Encoding.UTF8.GetBytes(text));

    private static async Task SendBytesAsync(HttpContext context, int status, string contentType, byte[] content)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(content);
    }

    private string ContentTypeOf(string relativePath)
    {
        if (!_contentTypes.TryGetContentType(relativePath, out var type)) return "application/octet-stream";
        var isText = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "application/atom+xml" or "image/svg+xml" or "application/javascript" or "text/javascript";
        return isText ? type + "; charset=utf-8" : type;
    }

}
