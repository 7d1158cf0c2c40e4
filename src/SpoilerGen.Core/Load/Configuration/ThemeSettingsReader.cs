using System.Text.RegularExpressions;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load.Jail;
using SpoilerGen.Load.Yaml;
using YamlDotNet.RepresentationModel;

namespace SpoilerGen.Load.Configuration;

/// <summary>
/// Reads <c>theme:</c> from the config. A wrong value is an error at its line and column: a colour that is
/// not <c>#rgb</c> or <c>#rrggbb</c>, an image that is not a file of the site's <c>static/</c> folder (a
/// theme loads nothing from another host), or an image file that is not there.
/// </summary>
public static partial class ThemeSettingsReader
{
    public const string Key = "theme";

    private static readonly string[] Keys = ["accent", "logo", "hero"];

    /// <summary>What a browser shows in an <c>img</c> element; anything else would be a broken picture.</summary>
    public static readonly string[] ImageExtensions = [".svg", ".png", ".jpg", ".jpeg", ".webp", ".avif", ".gif"];

    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColourPattern();

    public static ThemeSettings Read(YamlNodeReader reader, YamlMappingNode root, SiteFolder site)
    {
        var node = YamlNodeReader.Find(root, Key);
        if (node is null) return ThemeSettings.Default;
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "theme is a mapping, as in 'theme: { accent: \"#e11d48\", logo: images/logo.svg, hero: images/hero.jpg }'");
            return ThemeSettings.Default;
        }
        foreach (var (key, keyNode, _) in YamlNodeReader.Entries(map).Where(entry => !Keys.Contains(entry.Key)))
        {
            reader.Error(keyNode, KeySuggestions.UnknownKeyMessage(key, "'theme'", Keys));
        }
        return new ThemeSettings(Accent(reader, YamlNodeReader.Find(map, "accent")),
            Image(reader, YamlNodeReader.Find(map, "logo"), "logo", site),
            Image(reader, YamlNodeReader.Find(map, "hero"), "hero", site));
    }

    private static string? Accent(YamlNodeReader reader, YamlNode? node)
    {
        var text = reader.String(node, "the accent colour");
        if (node is null || text is null) return null;
        if (HexColourPattern().IsMatch(text.Trim())) return text.Trim().ToLowerInvariant();
        reader.Error(node, DiagnosticCodes.ThemeAccentInvalid,
            $"the accent colour '{text}' is not a hex colour: write it as \"#e11d48\" or \"#e14\", in quotes (YAML reads an unquoted # as a comment)");
        return null;
    }

    /// <summary>The image's path under <c>static/</c> ('/' separators, no leading '/'), or null when it is reported.</summary>
    private static string? Image(YamlNodeReader reader, YamlNode? node, string what, SiteFolder site)
    {
        var text = reader.String(node, $"the {what}");
        if (node is null || text is null) return null;
        if (StaticPath(text) is not { } path)
        {
            reader.Error(node, DiagnosticCodes.ThemeImageInvalid,
                $"the {what} '{text}' must be an image file in the site's static/ folder, written as a path such as 'images/{what}.svg' (a theme loads nothing from another host)");
            return null;
        }
        if (!ImageExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
        {
            reader.Error(node, DiagnosticCodes.ThemeImageInvalid,
                $"the {what} '{text}' is not an image a browser shows: use one of {string.Join(", ", ImageExtensions)}");
            return null;
        }
        var file = site.File(Path.Combine(Render.SiteRenderer.StaticFolderName, path), reader.Diagnostics, out var exists);
        if (!exists)
        {
            reader.Error(node, DiagnosticCodes.ThemeImageMissing, $"the {what} 'static/{path}' does not exist: put the image there, or correct the path");
            return null;
        }
        return file is null ? null : path;
    }

    /// <summary>
    /// A path inside <c>static/</c> from what an author writes (<c>images/logo.svg</c> or <c>/images/logo.svg</c>),
    /// or null for a URL, a path that climbs out with '..', or one with a query or backslash.
    /// </summary>
    public static string? StaticPath(string text)
    {
        var path = text.Trim().TrimStart('/');
        if (path.Length == 0 || text.TrimStart().StartsWith("//", StringComparison.Ordinal) || path.Contains(':') || path.Contains('\\')
            || path.Contains('?') || path.Contains('#') || path.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            return null;
        }
        return path;
    }
}
