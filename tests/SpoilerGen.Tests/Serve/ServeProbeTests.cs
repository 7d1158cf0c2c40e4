using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SpoilerGen.Diagnostics;
using SpoilerGen.Serve;
using SpoilerGen.Tests.Reliability;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Serve;

/// <summary>
/// serve probed as a network service, as an attacker on this machine would: a static file swapped on disk
/// after the build, event streams that clients leave, a config base path that hides every page, and a site
/// folder given as a file. Each answer comes from the build serve announced, never from disk.
/// </summary>
public sealed class ServeProbeTests
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData("symlink out of the site")]
    [InlineData("symlink to /dev/zero")]
    [InlineData("FIFO")]
    public async Task A_static_file_swapped_after_the_build_is_answered_from_the_build_not_from_disk(string swap)
    {
        using var site = new HostileSite();
        await using var serve = await RunningServer.StartOnAsync(site.Root);
        var original = await serve.Client.GetByteArrayAsync("/images/pic.svg");
        var version = serve.Server.State.Current.Version;

        SwappedSourceTests.Swap(site, "static/images/pic.svg", swap);
        // The swap deletes the file, then makes its stand-in (mkfifo is a process of its own): a rebuild may run between
        // the two, find no file and publish a site without it. What is checked is the build of the swapped file, which fails.
        await WaitForStateAsync(serve, version, state => state.Diagnostics.Any(d => d.IsError));

        using var timeout = new CancellationTokenSource(AnswerTimeout);
        using var response = await serve.Client.GetAsync("/images/pic.svg", timeout.Token);
        var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(original, bytes);
        Assert.Contains(serve.Server.State.Current.Diagnostics, d => d.IsError);
    }

    [Fact]
    public async Task Event_streams_that_their_clients_close_are_released_without_a_save()
    {
        const int Clients = 100;
        using var site = new HostileSite();
        await using var serve = await RunningServer.StartOnAsync(site.Root);
        var port = serve.Server.Origin.Port;
        var before = OpenServerSockets(port);

        var clients = new List<Socket>();
        for (var i = 0; i < Clients; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(IPAddress.Loopback, port);
            await socket.SendAsync(Encoding.ASCII.GetBytes($"GET {ServePaths.Events} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
            clients.Add(socket);
        }
        foreach (var socket in clients) await ReadUntilAsync(socket, "event: hello");
        Assert.True(OpenServerSockets(port) >= before + Clients, "the probe does not see the open streams");

        foreach (var socket in clients) socket.Dispose();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (OpenServerSockets(port) > before && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(before, OpenServerSockets(port));
        Assert.Equal(1, serve.Server.State.Current.Version);
    }

    [Fact]
    public async Task A_config_base_url_under_serves_own_path_is_refused_as_the_option_is()
    {
        using var site = new HostileSite();
        File.WriteAllText(site.PathOf("spoilergen.yml"), HostileSite.BaseConfig.Replace("base_url: /", "base_url: /_SpoilerGen/guide/"));

        var started = await SiteServer.StartAsync(new ServeOptions(site.Root), new ServeLog(TextWriter.Null, TextWriter.Null));

        Assert.Null(started.Server);
        Assert.Matches(@"spoilergen\.yml\(2,11\): base_url '/_SpoilerGen/guide/' lies under /_spoilergen/, where serve keeps its own pages", started.Problem);
        var (exitCode, output, error) = ToolProcess.Run("serve", site.Root);
        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Matches(@"^spoilergen: error: \S*spoilergen\.yml\(2,11\): base_url '/_SpoilerGen/guide/' lies under /_spoilergen/[^\n]*\n$", error);
    }

    [Fact]
    public async Task A_config_edited_to_a_base_url_under_serves_own_path_keeps_the_last_good_site()
    {
        using var site = new HostileSite();
        await using var serve = await RunningServer.StartOnAsync(site.Root);
        var version = serve.Server.State.Current.Version;

        File.WriteAllText(site.PathOf("spoilergen.yml"), HostileSite.BaseConfig.Replace("base_url: /", "base_url: /_spoilergen/guide/"));
        await WaitForVersionAfterAsync(serve, version);

        Assert.Contains(serve.Server.State.Current.Diagnostics, d => d.Code == DiagnosticCodes.ServeBasePathReserved);
        var (status, page, _) = await serve.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, status);
        // The chooser is read before any episode: it says the build failed, and the terminal says why.
        Assert.Contains("Build failed", page);
        Assert.Contains("SG0503", serve.Log.ToString());
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    public void A_site_folder_given_as_a_file_is_the_same_line_in_every_command(string command)
    {
        using var site = new HostileSite();
        var file = site.PathOf("spoilergen.yml");

        var (exitCode, output, error) = ToolProcess.Run(command, file);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"spoilergen: error: '{file}' is a file; give the site folder, the one that holds spoilergen.yml\n", error.Replace("\r", ""));
    }

    /// <summary>Waits for a state after <paramref name="version"/> that <paramref name="wanted"/> holds for.</summary>
    private static async Task WaitForStateAsync(RunningServer serve, int version, Func<ServeState, bool> wanted)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (serve.Server.State.Current is var state && (state.Version == version || !wanted(state)))
        {
            Assert.True(DateTime.UtcNow < deadline, "serve did not rebuild after the change, or not into the state awaited");
            await Task.Delay(50);
        }
    }

    private static async Task WaitForVersionAfterAsync(RunningServer serve, int version)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (serve.Server.State.Current.Version == version)
        {
            Assert.True(DateTime.UtcNow < deadline, "serve did not rebuild after the change");
            await Task.Delay(50);
        }
    }

    private static async Task ReadUntilAsync(Socket socket, string text)
    {
        using var timeout = new CancellationTokenSource(AnswerTimeout);
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains(text, StringComparison.Ordinal))
        {
            var count = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            Assert.True(count > 0, $"the stream closed before '{text}'");
            received.Append(Encoding.ASCII.GetString(buffer, 0, count));
        }
    }

    /// <summary>
    /// The server's side of its connections, from the kernel's table: every socket on the port that is not
    /// listening and not already closed (TIME_WAIT holds no descriptor).
    /// </summary>
    private static int OpenServerSockets(int port)
    {
        const string Listening = "0A";
        const string TimeWait = "06";
        var count = 0;
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var localPort = int.Parse(fields[1][(fields[1].LastIndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (localPort == port && fields[3] is not (Listening or TimeWait)) count++;
            }
        }
        return count;
    }
}
