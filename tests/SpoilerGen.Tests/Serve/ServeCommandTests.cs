using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SpoilerGen.Testing;

namespace SpoilerGen.Tests.Serve;

/// <summary><c>spoilergen serve</c> as a real process: what it prints, Ctrl+C, and a port already in use.</summary>
public sealed class ServeCommandTests
{
    internal static Process Start(params string[] arguments) => StartWith(null, arguments);

    private static Process StartWith(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = SpoilerGenCommand.StartInfo(arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    [Fact]
    public void Help_lists_its_options()
    {
        using var process = Start("serve", "--help");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        foreach (var option in new[] { "--port", "--bind", "--open", "--base-url", "--drafts" }) Assert.Contains(option, output);
    }

    [Fact]
    public async Task Prints_the_url_serves_it_and_stops_cleanly_on_ctrl_c()
    {
        using var site = new Support.TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hello.");
        using var process = Start("serve", site.Root);
        var lines = new List<string>();
        string? url = null;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            lines.Add(line);
            if (line.StartsWith("Serving at ", StringComparison.Ordinal))
            {
                url = line["Serving at ".Length..];
                break;
            }
        }
        Assert.NotNull(url);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/guide/$", url);
        Assert.Matches(@"^Built 1 pages into 3 trees \(\d+ files\) in memory in \d+ ms\.$", lines[0]);
        using (var client = new HttpClient())
        {
            Assert.Contains("Hello.", await client.GetStringAsync(url + "start/"));
        }

        SendInterrupt(process.Id);
        var rest = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, process.ExitCode);
        Assert.EndsWith("Stopped.", rest.TrimEnd());
        Assert.Equal("", await process.StandardError.ReadToEndAsync());
        Assert.False(Directory.Exists(Path.Combine(site.Root, "public")));
    }

    /// <summary>Serve counts the pages and trees of every language, as build does (it counted the default language's only).</summary>
    [Fact]
    public async Task Serve_counts_every_languages_pages_as_build_does()
    {
        using var folder = new TemporaryFolder();
        var site = folder.Combine("site");
        Support.FolderCopy.Of(RepositoryPaths.ExampleSite, site);
        using var process = Start("serve", site, "--port", "0");
        string? built = null;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("Built ", StringComparison.Ordinal)) { built = line; break; }
        }
        SendInterrupt(process.Id);
        await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);

        Assert.NotNull(built);
        Assert.StartsWith("Built 26 pages into 26 trees", built);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_and_exit_2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var site = new Support.TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hello.");

        using var process = Start("serve", site.Root, "--port", port.ToString());
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Equal("", output);
        Assert.Equal($"spoilergen: error: port {port} on 127.0.0.1 is already in use; choose another with --port, or leave --port out for a free one", error.TrimEnd());
    }

    [Fact]
    public void A_missing_site_folder_is_a_usage_error()
    {
        using var folder = new TemporaryFolder();
        using var process = Start("serve", folder.Combine("nowhere"));
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("does not exist", error);
    }

    [Fact]
    public void A_base_url_that_is_not_one_is_a_usage_error()
    {
        using var site = new Support.TestSite(episodeCount: 1).WritePage("_index.md", "title: Home", "Hello.");
        using var process = Start("serve", site.Root, "--base-url", "guide");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.Equal("spoilergen: error: --base-url 'guide' is not an absolute http(s) URL or a path starting with '/'", error.TrimEnd());
    }

    [Fact]
    public async Task A_folder_with_no_site_exits_with_the_error_like_build()
    {
        using var folder = new TemporaryFolder();
        using var process = Start("serve", folder.Path);
        var error = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var lines = error.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("error SG0001: no spoilergen.yml in", lines[0]);
        Assert.StartsWith("spoilergen: error: there is no site to serve in ", lines[1]);
        Assert.Equal("", await process.StandardOutput.ReadToEndAsync());
    }

    [Fact]
    public void A_bind_address_that_is_not_one_is_a_usage_error()
    {
        using var site = new Support.TestSite(episodeCount: 1).WritePage("_index.md", "title: Home", "Hello.");
        using var process = Start("serve", site.Root, "--bind", "my-laptop");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--bind 'my-laptop' is not an IP address", error);
    }

    [Fact]
    public async Task Bound_to_every_address_it_warns_once_and_answers_by_address()
    {
        using var site = new Support.TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hello.");
        using var process = Start("serve", site.Root, "--bind", "0.0.0.0");
        var url = await ReadServingUrlAsync(process);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/guide/$", url);
        using (var client = new HttpClient())
        {
            Assert.Contains("Hello.", await client.GetStringAsync(url + "start/"));
            // DNS rebinding stays refused: a name that is not localhost is not this server's.
            using var request = new HttpRequestMessage(HttpMethod.Get, url + "start/");
            request.Headers.Host = "attacker.example";
            Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);
        }

        SendInterrupt(process.Id);
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var warning = Assert.Single((await process.StandardError.ReadToEndAsync()).TrimEnd().Split('\n'));
        Assert.StartsWith("spoilergen: warning: listening on 0.0.0.0: anyone on your network can read this guide", warning);
    }

    [Fact]
    public async Task Open_runs_the_system_opener_with_the_guide_url()
    {
        using var site = new Support.TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hello.");
        using var bin = new TemporaryFolder();
        var opened = bin.Combine("opened.txt");
        var opener = bin.Combine(OperatingSystem.IsMacOS() ? "open" : "xdg-open");
        File.WriteAllText(opener, $"#!/bin/sh\necho \"$@\" > '{opened}'\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(opener, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var path = bin.Path + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

        using var process = StartWith(new Dictionary<string, string> { ["PATH"] = path }, "serve", site.Root, "--open");
        var url = await ReadServingUrlAsync(process);
        var waited = Stopwatch.StartNew();
        while (!(File.Exists(opened) && File.ReadAllText(opened).Length > 0) && waited.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(50);
        SendInterrupt(process.Id);
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(url, File.ReadAllText(opened).Trim());
        Assert.Equal("", await process.StandardError.ReadToEndAsync());
    }

    [Fact]
    public async Task Open_without_an_opener_says_so_and_keeps_serving()
    {
        using var site = new Support.TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hello.");
        using var empty = new TemporaryFolder();
        var dotnet = Path.GetDirectoryName(Environment.ProcessPath)!;
        using var process = StartWith(new Dictionary<string, string> { ["PATH"] = empty.Path + Path.PathSeparator + dotnet }, "serve", site.Root, "--open");
        var url = await ReadServingUrlAsync(process);
        var warning = await process.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
        using (var client = new HttpClient())
        {
            Assert.Contains("Hello.", await client.GetStringAsync(url + "start/"));
        }
        SendInterrupt(process.Id);
        await process.WaitForExitAsync();

        Assert.StartsWith("spoilergen: warning: could not open a browser: cannot run ", warning);
        Assert.EndsWith($"open {url} yourself", warning);
    }

    private static async Task<string> ReadServingUrlAsync(Process process)
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("Serving at ", StringComparison.Ordinal)) return line["Serving at ".Length..];
        }
        throw new InvalidOperationException("serve ended without printing its URL: " + await process.StandardError.ReadToEndAsync());
    }

    /// <summary>
    /// Ctrl+C is SIGINT. A process started in the background by a non-interactive shell inherits SIGINT
    /// ignored (so would the server), and then only SIGTERM, which takes the same path, can stand in for it.
    /// </summary>
    internal static void SendInterrupt(int processId)
    {
        var signal = InterruptIsIgnored() ? "-TERM" : "-INT";
        using var kill = Process.Start("kill", [signal, processId.ToString()])!;
        kill.WaitForExit();
    }

    private static bool InterruptIsIgnored()
    {
        const int SigInt = 2;
        var ignored = File.ReadLines("/proc/self/status").FirstOrDefault(line => line.StartsWith("SigIgn:", StringComparison.Ordinal));
        return ignored is not null && (Convert.ToUInt64(ignored["SigIgn:".Length..].Trim(), 16) & (1UL << (SigInt - 1))) != 0;
    }
}
