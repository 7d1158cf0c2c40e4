using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Configuration;
using SpoilerGen.Load.Jail;
using SpoilerGen.Markup.Checks;
using SpoilerGen.Render;
using SpoilerGen.Render.Templates;

namespace SpoilerGen.Build;

/// <summary>
/// What a load reads outside <c>content/</c>: the config (with <c>--base-url</c> applied), the theme, the config's parse
/// key, the static files, and what reading and checking them reported. serve keeps it from one rebuild to the next while
/// its watcher names only content files, so that a page's save reads no config, template or static file again.
/// </summary>
/// <param name="Config">Null when the config could not be read; then there are no static files either (the load stops there).</param>
/// <param name="ParseKey">A hash of the tool and the config file's bytes (empty when it cannot be read): what decides every parse.</param>
/// <param name="Diagnostics">Everything reading and checking these reported, added again to each load that keeps them.</param>
public sealed record LoadedSettings(SiteConfig? Config, ThemeTemplates Theme, string ParseKey, IReadOnlyList<SiteFile> StaticFiles,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Reads the config, the theme and the static files, and checks them, as every load does.</summary>
    public static LoadedSettings Read(BuildOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(options.SiteFolder, diagnostics, cancellationToken);
        if (config is not null && options.BaseUrl is not null)
        {
            if (ConfigLoader.TryParseBaseUrl(options.BaseUrl, out var baseUrl)) config = config.WithBaseUrl(baseUrl);
            else diagnostics.Error(new SourcePosition("--base-url", 1, 1), DiagnosticCodes.ConfigInvalid, $"'{options.BaseUrl}' is not an absolute http(s) URL or a path starting with '/'");
        }
        var theme = ThemeTemplates.Load(options.SiteFolder, diagnostics);
        if (config is null) return new LoadedSettings(null, theme, "", [], diagnostics.ToSortedList());
        // Listed here too (the renderer copies them), so that one run reports every unreadable source. Their spoiler markup
        // is checked as they are copied, on the bytes the copy reads (StaticFileMarkupCheck): reading them here as well read
        // each text file twice, and a file edited between the two reads was published unchecked.
        var staticFiles = new SiteFolder(options.SiteFolder).Files(SiteRenderer.StaticFolderName, diagnostics);
        foreach (var language in config.AllLanguages) TemplateTranslationKeys.Check(theme, language.Words, diagnostics);
        return new LoadedSettings(config, theme, ConfigKey(options.SiteFolder), staticFiles, diagnostics.ToSortedList());
    }

    /// <summary>
    /// Whether these settings are still the site's after the changes to <paramref name="changedPaths"/> (relative to the site
    /// folder, as serve's watcher names them; null when anything may have changed): only when each lies inside <c>content/</c>.
    /// The config, <c>templates/</c>, <c>i18n/</c> and <c>static/</c> are read again after any change to them or above them.
    /// </summary>
    public static bool StillHold(IReadOnlySet<string>? changedPaths)
    {
        if (changedPaths is null) return false;
        var content = ContentLoader.ContentFolderName + "/";
        foreach (var path in changedPaths)
        {
            var normalized = path.Replace('\\', '/');
            if (!normalized.StartsWith(content, StringComparison.Ordinal) || normalized.Length == content.Length || normalized.Contains("/../", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>A hash of the tool and the config file's bytes; empty when the file cannot be read (the config stage has said why).</summary>
    private static string ConfigKey(string siteFolder)
    {
        var problems = new DiagnosticBag();
        var file = new SiteFolder(siteFolder).File(ConfigLoader.FileName, problems, out _);
        if (file is null || SourceText.ReadBytes(file, problems) is not { } bytes) return "";
        using var key = new Text.ContentKey();
        var tool = typeof(SiteBuilder).Assembly;
        return key.Add(tool.ManifestModule.ModuleVersionId.ToString()).Add(SiteBuilder.Version).AddBytes(bytes).Finish();
    }
}
