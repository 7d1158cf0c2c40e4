using SpoilerGen.Build;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Incremental;

/// <summary>
/// serve keeps the config, theme and static files it read (and what they reported) while its watcher names only content
/// files, and keeps the page names the previous model checked: a rebuild must still report exactly what a cold build
/// reports, and read the config, a template or a static file again as soon as the watcher names one.
/// </summary>
public sealed class KeptSettingsTests
{
    [Theory]
    [InlineData("content/characters/nam-ra.md", true)]
    [InlineData("content/new-folder/page.md", true)]
    [InlineData("spoilergen.yml", false)]
    [InlineData("templates/page.html", false)]
    [InlineData("static/style.css", false)]
    [InlineData("i18n/en.yml", false)]
    [InlineData("content", false)]
    [InlineData("content/", false)]
    [InlineData("content/../spoilergen.yml", false)]
    public void Settings_are_kept_only_while_every_named_path_is_inside_content(string path, bool kept)
    {
        Assert.Equal(kept, LoadedSettings.StillHold(new HashSet<string> { "content/characters/on-jo.md", path }));
        Assert.False(LoadedSettings.StillHold(null));
    }

    [Fact]
    public void A_content_save_keeps_the_config_and_theme_objects_and_their_warnings_and_a_config_save_reads_them_again()
    {
        using var folder = new TemporaryFolder();
        var site = folder.Combine("site");
        FolderCopy.Of(RepositoryPaths.ExampleSite, site);
        // A static text file with spoiler markup: an error of the static check, which a kept load must report again.
        Directory.CreateDirectory(Path.Combine(site, "static"));
        File.WriteAllText(Path.Combine(site, "static", "notes.txt"), "The ending: [Nam-ra lives]{spoiler=s01e12}\n");
        var options = new BuildOptions(site);
        var first = SiteBuilder.Render(options);
        var page = Path.Combine("content", "characters", "nam-ra.md");
        File.AppendAllText(Path.Combine(site, page), "\nSavedMarker.\n");

        var saved = SiteBuilder.Render(options, first, changedPaths: new HashSet<string> { page });

        Assert.Same(first.Loaded.Settings, saved.Loaded.Settings);
        Assert.Same(first.Loaded.Config, saved.Loaded.Config);
        Assert.Contains(saved.Diagnostics, d => d.Position.Path.EndsWith("notes.txt", StringComparison.Ordinal) && d.IsError);
        Assert.Equal(SiteBuilder.Render(options).Diagnostics.Select(d => d.ToString()), saved.Diagnostics.Select(d => d.ToString()));

        var config = Path.Combine(site, "spoilergen.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("title: ", "title: Renamed ", StringComparison.Ordinal));
        File.Delete(Path.Combine(site, "static", "notes.txt"));
        var configSaved = SiteBuilder.Render(options, saved, changedPaths: new HashSet<string> { "spoilergen.yml", Path.Combine("static", "notes.txt") });

        Assert.NotSame(saved.Loaded.Settings, configSaved.Loaded.Settings);
        Assert.StartsWith("Renamed ", configSaved.Loaded.Config!.Title, StringComparison.Ordinal);
        Assert.True(configSaved.Succeeded);
    }

    [Fact]
    public void A_page_renamed_to_a_name_with_spoiler_markup_is_refused_after_a_save_as_in_a_cold_build()
    {
        using var folder = new TemporaryFolder();
        var site = folder.Combine("site");
        FolderCopy.Of(RepositoryPaths.ExampleSite, site);
        var options = new BuildOptions(site);
        var first = SiteBuilder.Render(options);
        Assert.True(first.Succeeded);
        var before = Path.Combine("content", "characters", "nam-ra.md");
        var after = Path.Combine("content", "characters", "nam-ra{spoiler=s01e12}.md");
        File.Move(Path.Combine(site, before), Path.Combine(site, after));

        var renamed = SiteBuilder.Render(options, first, changedPaths: new HashSet<string> { before, after });
        var cold = SiteBuilder.Render(options);

        Assert.False(renamed.Succeeded);
        Assert.Contains(renamed.Diagnostics, d => d.IsError && d.Position.Path.Contains("nam-ra{spoiler=s01e12}.md", StringComparison.Ordinal));
        Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), renamed.Diagnostics.Select(d => d.ToString()));
    }
}
