using SpoilerGen.Build;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Write;

/// <summary>
/// A generated guide built once before and once after an edit: the two outputs that an interrupted build
/// must leave, the old one whole or the new one whole, and nothing in between.
/// </summary>
public sealed class InterruptedGuideFixture : IDisposable
{
    public const int PageCount = 80;
    private readonly TestSite _site = GeneratedGuide.Write(PageCount);
    private readonly TemporaryFolder _outputs = new("interrupted-outputs");

    public InterruptedGuideFixture()
    {
        OldOutput = _outputs.Combine("old");
        Build(_site.Root, OldOutput);
        Edit(_site);
        var newOutput = _outputs.Combine("new");
        Build(_site.Root, newOutput);
        Old = FolderSnapshot.Of(OldOutput);
        New = FolderSnapshot.Of(newOutput);
    }

    /// <summary>The output before the edit, to copy in place before each interrupted build.</summary>
    public string OldOutput { get; }

    public FolderSnapshot Old { get; }

    public FolderSnapshot New { get; }

    /// <summary>The edit between the two builds: the home page of every tree changes.</summary>
    /// <remarks>
    /// Every source gets one fixed timestamp, so that two copies of the guide build to the same bytes even
    /// where a date in the output (a sitemap's lastmod) still follows the files' modification times.
    /// </remarks>
    public static void Edit(TestSite site)
    {
        site.WritePage("_index.md", "title: Home", "A generated guide, revised.");
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }
    }

    public static void Build(string siteRoot, string output)
    {
        var result = SiteBuilder.Build(new BuildOptions(siteRoot, output));
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    public void Dispose()
    {
        _site.Dispose();
        _outputs.Dispose();
    }
}
