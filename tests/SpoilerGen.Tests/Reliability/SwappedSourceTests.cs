using SpoilerGen.Build;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;
using SpoilerGen.Render;
using SpoilerGen.Render.Output;
using SpoilerGen.Render.Templates;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// A site file swapped after the jail checked it (for a symlink out of the site, a device or a FIFO) is never
/// read: every file is read through the handle that was checked. What an attacker racing a build can reach.
/// </summary>
public sealed class SwappedSourceTests
{
    private const int FlippedBuilds = 30;
    private const int OtherStaticFiles = 100;

    [Fact]
    public async Task A_static_file_flipping_between_a_file_and_a_symlink_out_of_the_site_is_never_published()
    {
        using var site = new HostileSite();
        // Many files before the flipping one: the gap between the jail's check and the copy spans all of them.
        for (var i = 0; i < OtherStaticFiles; i++) site.WriteFile($"static/files/f{i:D3}.txt", $"file {i}\n");
        const string flipping = "static/zz-flip.txt";
        site.WriteFile(flipping, "harmless\n");
        var path = site.PathOf(flipping);
        var regular = site.PathOf("flip-regular.tmp");
        var link = site.PathOf("flip-link.tmp");

        using var stop = new CancellationTokenSource();
        var flipper = Task.Run(() =>
        {
            var toLink = true;
            while (!stop.IsCancellationRequested)
            {
                // Each state arrives in one rename, as an attacker's would: the path is always a file or a link.
                if (toLink)
                {
                    File.CreateSymbolicLink(link, site.OutsideSecret);
                    File.Move(link, path, overwrite: true);
                }
                else
                {
                    File.WriteAllText(regular, "harmless\n");
                    File.Move(regular, path, overwrite: true);
                }
                toLink = !toLink;
            }
        });
        var outcomes = new List<string>();
        try
        {
            for (var build = 0; build < FlippedBuilds; build++)
            {
                var result = SiteBuilder.Build(new BuildOptions(site.Root, site.Output, Force: true));
                outcomes.Add(result.Succeeded ? "built" : string.Join(" ", result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Distinct()));
                var leaked = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
                    .Where(file => File.ReadAllText(file).Contains(HostileSite.SecretMarker, StringComparison.Ordinal))
                    .ToList();
                Assert.True(leaked.Count == 0, $"build {build + 1} published the outside file as {string.Join(", ", leaked)}");
            }
        }
        finally
        {
            await stop.CancelAsync();
            await flipper;
        }
        // Only the jail's refusals, never another failure.
        Assert.All(outcomes, outcome => Assert.Matches("^(built|(SG0901|SG0502)( (SG0901|SG0502))?)$", outcome));
    }

    public static TheoryData<string> Swaps() => ["symlink out of the site", "symlink to /dev/zero", "FIFO", "device"];

    [Theory]
    [MemberData(nameof(Swaps))]
    public async Task A_file_checked_and_then_swapped_is_never_read(string swap)
    {
        using var site = new HostileSite();
        var diagnostics = new DiagnosticBag();
        var file = Assert.Single(new SiteFolder(site.Root).Files("static", diagnostics));
        Swap(site, "static/images/pic.svg", swap);

        var read = Task.Run(() => SiteFileHandle.ReadAllBytes(file, diagnostics));

        Assert.Null(await read.WaitAsync(TimeSpan.FromSeconds(5)));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.SourceChangedWhileReading, error.Code);
        Assert.EndsWith("static/images/pic.svg", error.Position.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_and_check_hold_the_static_bytes_read_when_the_build_was_made_not_the_files_path()
    {
        using var site = new HostileSite();
        var diagnostics = new DiagnosticBag();
        var memory = new InMemoryOutput(diagnostics);
        // Swapped the moment the renderer hands the static file over, after the jail's check.
        var sink = new SwappingSink(memory, () => Swap(site, "static/images/pic.svg", "symlink out of the site"));
        var rendered = SiteBuilder.Render(new BuildOptions(site.Root));
        new SiteRenderer(rendered.Site!, ThemeTemplates.Load(site.Root, new()), rendered.Pipeline!, SiteBuilder.Version, diagnostics).Render(site.Root, sink);

        Assert.DoesNotContain(memory.Files, file => file is CopiedOutputFile);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.SourceChangedWhileReading);
        Assert.DoesNotContain(memory.Files.OfType<BinaryOutputFile>(), file => System.Text.Encoding.UTF8.GetString(file.Content).Contains(HostileSite.SecretMarker, StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_of_raw_bytes_is_refused_like_content()
    {
        using var site = new HostileSite();
        site.WriteBytes("templates/page.html", [.. "<p>{{ page.title }}</p>"u8, 0x00, 0x07, .. "\n"u8]);
        site.WriteBytes("templates/section.html", [.. "<p>"u8, 0xFF, 0xFE, .. "</p>\n"u8]);

        var result = SiteBuilder.Build(new BuildOptions(site.Root, site.Output, Force: true));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ControlCharacter && d.Position.Path.EndsWith("templates/page.html", StringComparison.Ordinal) && d.Position.Column == 24);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TextNotUtf8 && d.Position.Path.EndsWith("templates/section.html", StringComparison.Ordinal));
    }

    internal static void Swap(HostileSite site, string relativePath, string swap)
    {
        var path = site.PathOf(relativePath);
        File.Delete(path);
        switch (swap)
        {
            case "symlink out of the site":
                File.CreateSymbolicLink(path, site.OutsideSecret);
                break;
            case "symlink to /dev/zero":
                File.CreateSymbolicLink(path, "/dev/zero");
                break;
            case "FIFO":
                site.Fifo(relativePath);
                break;
            case "device":
                site.ZeroDevice(relativePath);
                break;
            default:
                throw new ArgumentException(swap, nameof(swap));
        }
    }

    /// <summary>Runs an action once, when the first copied file arrives, then hands every file on.</summary>
    private sealed class SwappingSink(IOutputSink inner, Action swap) : IOutputSink
    {
        private int _swapped;

        public void Add(OutputFile file)
        {
            if (file is CopiedOutputFile && Interlocked.Exchange(ref _swapped, 1) == 0) swap();
            inner.Add(file);
        }
    }
}
