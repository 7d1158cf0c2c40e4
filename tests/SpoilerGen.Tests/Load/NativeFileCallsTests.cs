using SpoilerGen.Load;
using SpoilerGen.Load.Jail;
using SpoilerGen.Testing;

namespace SpoilerGen.Tests.Load;

/// <summary>
/// The calls into the system that .NET does not offer (opening without following a symlink, statx) read what .NET reads
/// where both can tell, and a file opened once is read only while it is open.
/// </summary>
public sealed class NativeFileCallsTests
{
    /// <summary>
    /// A stream of a site file used after the file was closed is refused. Before, the stream held a second, non-owning
    /// handle of the same descriptor number, and read from whatever file the system gave that number next.
    /// </summary>
    [Fact]
    public void A_stream_of_a_closed_site_file_never_reads_the_file_opened_after_it()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Combine("first.txt"), "first");
        File.WriteAllText(folder.Combine("second.txt"), "second");
        var handle = SiteFileHandle.TryOpen(new SiteFile(folder.Combine("first.txt"), "first.txt", "first.txt", folder.Path), out var problem, out _)
            ?? throw new InvalidOperationException(problem);
        var stream = handle.OpenStream();
        handle.Dispose();
        // The lowest free descriptor number: on Linux, the one the first file had.
        using var second = File.OpenHandle(folder.Combine("second.txt"));

        var buffer = new byte[16];
        Assert.Throws<ObjectDisposedException>(() => stream.Read(buffer));
        Assert.Equal(new byte[16], buffer);
    }

    [Fact]
    public void A_stream_of_an_open_site_file_reads_it_whole_from_its_start()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Combine("page.md"), "the whole page");
        using var handle = SiteFileHandle.TryOpen(new SiteFile(folder.Combine("page.md"), "page.md", "page.md", folder.Path), out var problem, out _)
            ?? throw new InvalidOperationException(problem);

        Assert.Equal("the whole page", System.Text.Encoding.UTF8.GetString(handle.ReadAllBytes()));
        using var reader = new StreamReader(handle.OpenStream());
        Assert.Equal("the whole page", reader.ReadToEnd());
    }

    /// <summary>Two names of one file have one identity and a link count of two; a symlink to it is a file of its own.</summary>
    [Fact]
    public void The_identity_of_a_name_is_its_files_whatever_the_architecture()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var folder = new TemporaryFolder();
        var path = folder.Combine("a.txt");
        File.WriteAllText(path, "twelve bytes");
        using (var link = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("ln", [path, folder.Combine("b.txt")]))!) link.WaitForExit();
        File.CreateSymbolicLink(folder.Combine("link.txt"), path);
        File.WriteAllText(folder.Combine("other.txt"), "other");

        var (first, second) = (FileIdentity.Of(path)!.Value, FileIdentity.Of(folder.Combine("b.txt"))!.Value);
        Assert.Equal(first, second);
        Assert.Equal(2u, first.LinkCount);
        Assert.NotEqual(first.File, FileIdentity.Of(folder.Combine("link.txt"))!.Value.File);
        Assert.NotEqual(first.File, FileIdentity.Of(folder.Combine("other.txt"))!.Value.File);
        Assert.Null(FileIdentity.Of(folder.Combine("missing.txt")));
    }
}
