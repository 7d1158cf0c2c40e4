using System.Diagnostics;
using System.Net.Sockets;
using SpoilerGen.Testing;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// A small valid site in a temporary folder, beside its output folder and a folder "outside" the site
/// that holds a secret no build may publish. A case breaks the site with the helpers here.
/// </summary>
public sealed class HostileSite : IDisposable
{
    /// <summary>Written only outside the site: it must never appear in any output.</summary>
    public const string SecretMarker = "OUTSIDE-SECRET-3c1e9f";

    private readonly TemporaryFolder _folder = new("hostile");
    private readonly List<Socket> _sockets = [];

    public HostileSite()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Output);
        WriteFile("spoilergen.yml", BaseConfig);
        WriteFile("content/_index.md", "---\ntitle: Home\n---\nWelcome to the guide.\n");
        WriteFile("content/characters/a.md", "---\ntitle: A\ntags: [students]\n---\nA is a student.\n\n::: spoiler s01e02\nA leaves.\n:::\n");
        WriteFile("static/images/pic.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Directory.CreateDirectory(Outside);
        File.WriteAllText(OutsideSecret, $"root:x:0:0:{SecretMarker}:/root:/bin/bash\n");
        File.WriteAllText(Path.Combine(Outside, "secret.md"), $"---\ntitle: {SecretMarker}\n---\n{SecretMarker}\n");
        File.WriteAllText(Path.Combine(Outside, "page.html"), $"<p>{SecretMarker}</p>");
        File.WriteAllText(Path.Combine(Outside, "spoilergen.yml"), BaseConfig.Replace("title: Hostile guide", $"title: {SecretMarker}"));
    }

    public const string BaseConfig = """
        title: Hostile guide
        base_url: /
        series:
          title: Hostile series
          seasons:
            - number: 1
              episodes:
                - id: s01e01
                - id: s01e02
                - id: s01e03

        """;

    /// <summary>The folder that holds the site, its output and the outside folder: a build may add nothing here.</summary>
    public string Parent => _folder.Path;

    public string Root => _folder.Combine("site");

    public string Output => _folder.Combine("out");

    /// <summary>A folder beside the site, standing for /etc or a home folder.</summary>
    public string Outside => _folder.Combine("outside");

    /// <summary>A file outside the site that holds <see cref="SecretMarker"/>, like /etc/passwd.</summary>
    public string OutsideSecret => Path.Combine(Outside, "passwd");

    /// <summary>Where a build is run from: diagnostics name files relative to it, such as site/static/p.txt.</summary>
    public string WorkingDirectory => Parent;

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public HostileSite WriteFile(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public HostileSite WriteBytes(string relativePath, byte[] bytes)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public HostileSite WritePage(string relativePath, string frontMatter, string body) =>
        WriteFile(Path.Combine("content", relativePath), $"---\n{frontMatter.Trim()}\n---\n{body}");

    public HostileSite AppendToConfig(string yaml)
    {
        File.AppendAllText(PathOf("spoilergen.yml"), yaml);
        return this;
    }

    public HostileSite Delete(string relativePath)
    {
        var path = PathOf(relativePath);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        else File.Delete(path);
        return this;
    }

    /// <summary>A symlink at <paramref name="relativePath"/> holding <paramref name="target"/> exactly as given (relative or absolute).</summary>
    public HostileSite Symlink(string relativePath, string target)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path) || Directory.Exists(path)) Delete(relativePath);
        File.CreateSymbolicLink(path, target);
        return this;
    }

    public HostileSite Fifo(string relativePath)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path)) File.Delete(path);
        RunTool("mkfifo", path);
        return this;
    }

    /// <summary>A character device like /dev/zero (which never ends); a FIFO stands in where the test may not make devices.</summary>
    public HostileSite ZeroDevice(string relativePath)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            RunTool("mknod", path, "c", "1", "5");
        }
        catch (InvalidOperationException)
        {
            RunTool("mkfifo", path);
        }
        return this;
    }

    public HostileSite Socket(string relativePath)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Kept open until the site is disposed: .NET removes a socket's file when it closes.
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        _sockets.Add(socket);
        return this;
    }

    /// <summary>A file whose name holds the byte 0xFF, which is not UTF-8 (.NET cannot spell such a name, the shell can).</summary>
    public HostileSite NonUtf8File(string relativeFolder, string prefix, string suffix, string text)
    {
        var folder = PathOf(relativeFolder);
        Directory.CreateDirectory(folder);
        RunTool("sh", "-c", "printf '%s' \"$4\" > \"$1/$2$(printf '\\377')$3\"", "sh", folder, prefix, suffix, text);
        return this;
    }

    public HostileSite NonUtf8Folder(string relativeFolder, string fileName, string text)
    {
        var folder = PathOf(relativeFolder);
        Directory.CreateDirectory(folder);
        RunTool("sh", "-c", "d=\"$1/bad$(printf '\\377')\"; mkdir -p \"$d\" && printf '%s' \"$3\" > \"$d/$2\"", "sh", folder, fileName, text);
        return this;
    }

    private static void RunTool(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {error}");
    }

    public void Dispose()
    {
        foreach (var socket in _sockets) socket.Dispose();
        // .NET cannot name a file whose name is not UTF-8, so cannot delete it either.
        try { RunTool("rm", "-rf", Parent); } catch (InvalidOperationException) { }
        _folder.Dispose();
    }
}
