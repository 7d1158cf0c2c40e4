namespace SpoilerGen.Load.Jail;

/// <summary>
/// The folders of a site that a build reads, by their names under the site folder: what fingerprints a build
/// and what no output folder may be, hold or lie inside (replacing it would delete the sources).
/// </summary>
public static class SiteInputs
{
    /// <summary>Content, templates, translation tables and static files, in the order a fingerprint hashes them.</summary>
    public static IReadOnlyList<string> Folders { get; } =
        [ContentLoader.ContentFolderName, Render.Templates.ThemeTemplates.FolderName, Translation.LanguageTableLoader.FolderName, Render.SiteRenderer.StaticFolderName];
}
