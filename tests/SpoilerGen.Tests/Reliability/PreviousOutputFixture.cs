using SpoilerGen.Build;

namespace SpoilerGen.Tests.Reliability;

/// <summary>The base site built once: every case starts with this as the previous output in its output folder.</summary>
public sealed class PreviousOutputFixture : IDisposable
{
    private readonly HostileSite _site = new();

    public PreviousOutputFixture()
    {
        var result = SiteBuilder.Build(new BuildOptions(_site.Root, _site.Output));
        if (!result.Succeeded) throw new InvalidOperationException("the base site of the corpus does not build:\n" + string.Join("\n", result.Diagnostics));
    }

    public void CopyTo(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(_site.Output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _site.Dispose();
}
