using System.Text;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;
using SpoilerGen.Load.Sources;

namespace SpoilerGen.Scaffold;

/// <summary>
/// <c>spoilergen new page PATH</c>: writes one new page under the guide's content/ with the guide's
/// front matter (a title from the file's name, and the episode it is hidden until, checked against the
/// config). Like <c>hugo new content</c>, the path is taken from content/; it never leaves content/ (every
/// path resolved, symlinks included) and never replaces a file.
/// </summary>
public static class PageScaffold
{
    public const string ContentFolderName = "content";

    /// <param name="siteFolder">The guide's folder, holding spoilergen.yml.</param>
    /// <param name="path">The page's path from content/ (a leading 'content/' is allowed), with or without '.md'.</param>
    /// <param name="spoiler">The episode id the page is hidden until, or null for a page everyone may see.</param>
    public static PageScaffoldResult Create(string siteFolder, string path, string? spoiler)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(siteFolder)) return PageScaffoldResult.Refused($"the site folder '{siteFolder}' does not exist");
        var config = ConfigLoader.Load(siteFolder, diagnostics);
        if (config is null) return new PageScaffoldResult(null, null, diagnostics.ToSortedList());

        if (spoiler is not null && spoiler != FrontMatterParser.StartKey && !config.Timeline.TryGetLevel(spoiler, out _))
        {
            return PageScaffoldResult.Refused($"--spoiler '{spoiler}' is not an episode of this guide; {config.Timeline.DescribeKnownIds()}");
        }
        // A backslash is part of a file's name on Linux and macOS, as the build reads it: never a folder separator here either.
        if (path.Contains('\\', StringComparison.Ordinal))
        {
            return PageScaffoldResult.Refused($"'{path}' holds a backslash, which the build reads as part of a file's name, not between folders: write folders with '/', such as characters/nam-ra.md");
        }
        // A name with white space at an end is kept as typed by the build, and is most often a slip of the shell's quotes:
        // refused rather than quietly made into another name than the one asked for (a control character is SG0109 below).
        if (!path.Any(char.IsControl) && path.Split('/').FirstOrDefault(part => part.Length > 0 && (char.IsWhiteSpace(part[0]) || char.IsWhiteSpace(part[^1]))) is { } spaced)
        {
            return PageScaffoldResult.Refused($"'{path}' has a name with white space at its start or end ('{spaced}'), which would be part of the file's name; remove it");
        }
        if (RelativePathOf(path) is not { } relative) return PageScaffoldResult.Refused($"'{path}' is not a page's path under content/, such as characters/nam-ra.md");

        var content = Path.GetFullPath(Path.Combine(siteFolder, ContentFolderName));
        var target = Path.GetFullPath(Path.Combine(content, relative));
        if (!IsInside(target, content)) return PageScaffoldResult.Refused($"'{path}' leads out of content/; give a path inside it, such as characters/nam-ra.md");
        // The build's own rules and words: a page made here is never one the build then refuses.
        var relativeToContent = Path.GetRelativePath(content, target).Replace(Path.DirectorySeparatorChar, '/');
        if (relativeToContent.Any(char.IsControl))
        {
            var control = relativeToContent.First(char.IsControl);
            // The title is made from the name, and the build refuses a control character in a source (a newline
            // would also break the front matter's quoted title).
            return PageScaffoldResult.Refused($"{DiagnosticCodes.ControlCharacter}: the control character U+{(int)control:X4} cannot be published (no feed or sitemap may hold it); remove it from the name");
        }
        if (NameProblemOf(relativeToContent) is { } nameProblem)
        {
            return PageScaffoldResult.Refused($"{nameProblem.Code}: {nameProblem.Message}");
        }
        if (TranslationFiles.NotASiteLanguage(relativeToContent, config) is { } language)
        {
            return PageScaffoldResult.Refused($"{DiagnosticCodes.TranslationNotInLanguages}: {language}");
        }
        // Resolved, a folder on the way may be a symlink that leads out of the site: refuse it too.
        var siteRoot = SiteFolder.RealPath(siteFolder);
        var existingFolder = Path.GetDirectoryName(target)!;
        while (!Directory.Exists(existingFolder) && !File.Exists(existingFolder) && IsInside(existingFolder, content)) existingFolder = Path.GetDirectoryName(existingFolder)!;
        if (File.Exists(existingFolder)) return PageScaffoldResult.Refused($"'{DisplayPath.For(existingFolder)}' is a file, so no page can be made under it");
        if (siteRoot is null || SiteFolder.RealPath(existingFolder) is not { } realFolder || !(IsInside(realFolder, siteRoot) || realFolder == siteRoot))
        {
            return PageScaffoldResult.Refused($"'{path}' leads out of the site folder through a symlink; give a path inside content/");
        }
        if (File.Exists(target) || Directory.Exists(target) || new FileInfo(target).LinkTarget is not null)
        {
            return PageScaffoldResult.Refused($"{DisplayPath.For(target)} already exists; give another path, or edit that page");
        }
        if (PageWithTheSameUrl(siteFolder, relativeToContent) is { } sameUrl)
        {
            return PageScaffoldResult.Refused($"{DiagnosticCodes.DuplicateUrl}: this page's URL '/{UrlKeyOf(relativeToContent)}' would also be the URL of {DisplayPath.For(sameUrl)}; give the page another name");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // CreateNew: a file made meanwhile by someone else is never replaced.
            using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(FrontMatterFor(target, spoiler, config.Timeline.DescribeKnownIds()));
            stream.Write(bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return PageScaffoldResult.Refused($"cannot write {DisplayPath.For(target)}: {exception.Message}");
        }
        return new PageScaffoldResult(target, null, diagnostics.ToSortedList());
    }

    /// <summary>The title a file's name gives, as Hugo's default archetype makes it: 'nam-ra.md' is "Nam Ra"; an '_index.md' takes its folder's name.</summary>
    public static string TitleFromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (name == "_index") name = Path.GetFileName(Path.GetDirectoryName(path)) ?? "";
        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Untitled" : System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words);
    }

    private static string FrontMatterFor(string target, string? spoiler, string knownIds)
    {
        var title = TitleFromFileName(target).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        var text = new StringBuilder("---\n").Append("title: \"").Append(title).Append("\"\n");
        if (spoiler is not null && spoiler != FrontMatterParser.StartKey)
        {
            text.Append("# Hidden from every tree before this episode.\n").Append("spoiler: ").Append(spoiler).Append('\n');
        }
        else
        {
            text.Append("# Everyone may see this page; to hide it until an episode, write its id (").Append(knownIds).Append(").\n").Append("# spoiler: \n");
        }
        return text.Append("---\n\n").ToString();
    }

    /// <summary>The path from content/, with '.md' added when it has no extension; null when it cannot be a page's.</summary>
    private static string? RelativePathOf(string path)
    {
        var relative = path;
        if (relative.StartsWith("./", StringComparison.Ordinal)) relative = relative[2..];
        if (relative.StartsWith(ContentFolderName + "/", StringComparison.Ordinal)) relative = relative[(ContentFolderName.Length + 1)..];
        if (relative.Length == 0 || relative.EndsWith('/') || Path.IsPathRooted(relative)) return null;
        var extension = Path.GetExtension(relative);
        if (extension.Length == 0) return relative + ".md";
        return extension == ".md" ? relative : null;
    }

    /// <summary>What the build would refuse in the page's name or its folders' names, by the build's own rules.</summary>
    private static NameProblem? NameProblemOf(string relative)
    {
        var parts = relative.Split('/');
        var fileName = parts[^1];
        var problem = parts[..^1].Select(ContentNameRules.FolderName).FirstOrDefault(found => found is not null)
            ?? ContentNameRules.MisnamedSectionIndex(fileName)
            ?? (fileName == SourcePage.SectionIndexName ? null : ContentNameRules.PageFileName(Path.GetFileNameWithoutExtension(fileName)));
        if (problem is not null) return problem;
        return ContentNameRules.ReservedUrl(UrlKeyOf(relative));
    }

    /// <summary>The URL path a page's file gives it, slugs and all, as the build makes it: 'a.md' and 'a/_index.md' are both 'a/'.</summary>
    private static string UrlKeyOf(string relative)
    {
        var parts = relative.Split('/');
        var fileName = parts[^1];
        var key = string.Join('/', parts[..^1].Append(fileName == SourcePage.SectionIndexName ? "" : Path.GetFileNameWithoutExtension(fileName)).Select(Markup.Headings.Slugifier.Slugify));
        return key.TrimEnd('/') + "/";
    }

    /// <summary>
    /// A page already under content/ whose file gives it the URL the new page would have ('characters.md' beside
    /// 'characters/_index.md'), which the build refuses (SG0303). A 'slug:' in a page's front matter is not read here.
    /// The files are listed as the build lists them (the jail's checks included); what that listing reports, such as a
    /// folder that cannot be read, the build reports in its own words, so it is not repeated here.
    /// </summary>
    private static string? PageWithTheSameUrl(string siteFolder, string relative)
    {
        var key = UrlKeyOf(relative);
        return new SiteFolder(siteFolder).Files(ContentFolderName, new DiagnosticBag())
            .Where(file => file.RelativePath.EndsWith(".md", StringComparison.Ordinal))
            .FirstOrDefault(file => UrlKeyOf(file.RelativePath) == key)?.FullPath;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
