using System.Net;
using SpoilerGen.Load.Jail;
using SpoilerGen.Serve;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Serve;

/// <summary>
/// <c>spoilergen serve</c> started in-process on a free port, over a copy of a site that a test may edit,
/// with an HTTP client that does not follow redirects, so that tests see what the server answers.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly TemporaryFolder? _copy;

    private RunningServer(SiteServer server, string siteFolder, TemporaryFolder? copy, SharedLog log)
    {
        Server = server;
        SiteFolder = siteFolder;
        _copy = copy;
        Log = log;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Origin, Timeout = TimeSpan.FromSeconds(30) };
    }

    public SiteServer Server { get; }

    public string SiteFolder { get; }

    public HttpClient Client { get; }

    /// <summary>Everything serve printed, standard output and error together.</summary>
    public SharedLog Log { get; }

    /// <summary>Serves a copy of the example guide (without its output folder), so that a test can edit it.</summary>
    public static async Task<RunningServer> StartOnExampleGuideCopyAsync(string? baseUrl = null)
    {
        var copy = new TemporaryFolder("serve");
        var site = copy.Combine("site");
        CopyFolder(RepositoryPaths.ExampleSite, site, skip: Path.Combine(RepositoryPaths.ExampleSite, "public"));
        return await StartAsync(site, copy, baseUrl);
    }

    public static Task<RunningServer> StartOnAsync(string siteFolder, string? baseUrl = null) => StartAsync(siteFolder, null, baseUrl);

    private static async Task<RunningServer> StartAsync(string siteFolder, TemporaryFolder? copy, string? baseUrl)
    {
        var log = new SharedLog();
        var started = await SiteServer.StartAsync(new ServeOptions(siteFolder, Port: 0, BaseUrl: baseUrl), new ServeLog(log, log));
        return new RunningServer(started.Server ?? throw new InvalidOperationException(started.Problem), siteFolder, copy, log);
    }

    public async Task<(HttpStatusCode Status, string Text, HttpResponseMessage Response)> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    public string PathOf(string relative) => Path.Combine(SiteFolder, relative);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        _copy?.Dispose();
    }

    private static void CopyFolder(string from, string to, string skip)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from).Where(folder => folder != skip))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)), skip);
        }
    }
}
