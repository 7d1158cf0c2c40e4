using SpoilerGen.Load.Jail;
using SpoilerGen.Serve;
using SpoilerGen.Testing;

namespace SpoilerGen.BrowserTests.Serve;

/// <summary>
/// <c>spoilergen serve</c> over a copy of the example guide (so that a test may edit it), started in-process
/// on a free port for one test class. The browser is the collection's own (<see cref="Infrastructure.GuideFixture"/>).
/// </summary>
public sealed class ServedGuide : IAsyncLifetime
{
    private readonly TemporaryFolder _copy = new("serve-browser");
    private SiteServer? _server;

    public string SiteFolder => _copy.Combine("site");

    /// <summary><c>http://127.0.0.1:PORT/all-of-us-are-dead/</c></summary>
    public Uri SiteUrl => (_server ?? throw new InvalidOperationException("serve has not started")).SiteUrl;

    public Uri Origin => (_server ?? throw new InvalidOperationException("serve has not started")).Origin;

    public string UrlOf(string relativePath) => new Uri(SiteUrl, relativePath).ToString();

    public async Task InitializeAsync()
    {
        CopyFolder(RepositoryPaths.ExampleSite, SiteFolder, skip: Path.Combine(RepositoryPaths.ExampleSite, "public"));
        var log = new StringWriter();
        var started = await SiteServer.StartAsync(new ServeOptions(SiteFolder), new ServeLog(log, log));
        _server = started.Server ?? throw new InvalidOperationException(started.Problem);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _copy.Dispose();
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
