using SpoilerGen.Build;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// The output depends only on what the files hold: editing nothing but a file's modification time (as a
/// checkout, a copy or an edit of hidden text followed by an undo does) changes no output file.
/// </summary>
public sealed class ModificationTimeTests
{
    [Fact]
    public void Touching_every_source_changes_no_output_file()
    {
        using var folder = new TemporaryFolder();
        var site = folder.Combine("site");
        FolderCopy.Of(RepositoryPaths.ExampleSite, site);

        SetWriteTimes(site, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.True(SiteBuilder.Build(new BuildOptions(site, folder.Combine("first"), null, false)).Succeeded);
        SetWriteTimes(site, new DateTime(2031, 6, 15, 12, 0, 0, DateTimeKind.Utc));
        Assert.True(SiteBuilder.Build(new BuildOptions(site, folder.Combine("second"), null, false)).Succeeded);

        var first = Files(folder.Combine("first"));
        var second = Files(folder.Combine("second"));
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, file => Assert.True(file.Value.SequenceEqual(second[file.Key]), $"{file.Key} changed"));
    }

    private static void SetWriteTimes(string folder, DateTime time)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, time);
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllBytes);
}
