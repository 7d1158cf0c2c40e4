using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;
using SpoilerGen.Model;
using SpoilerGen.Render.Templates;

namespace SpoilerGen.Render.Output;

/// <summary>
/// Makes sure that no static file shares a path with a file SpoilerGen generates, whatever order they
/// were rendered in: a static file that would replace a generated one (or a theme asset), a file where
/// the other side needs a folder, or a static folder named like a tree ('start' or an episode id), whose
/// tree would be merged into it, is an error at the static file naming both. Generated files never
/// collide among themselves (the model refuses two pages with one URL), so checking the static files
/// against them, before any static file is written, covers every path.
/// </summary>
public sealed class OutputPathChecker(IReadOnlyList<SiteModel> languages, ThemeTemplates theme, DiagnosticBag diagnostics)
{
    private const string AssetsFolder = "assets/";

    /// <summary>True when the static files may be written beside <paramref name="generated"/>; false with every collision reported.</summary>
    /// <remarks>
    /// <paramref name="generated"/> need not hold the paths in the trees' folders: a static file there is refused for being
    /// in a tree's folder before any generated path is looked at.
    /// </remarks>
    public bool Check(IEnumerable<string> generated, IReadOnlyList<SiteFile> staticFiles)
    {
        if (staticFiles.Count == 0) return true;
        var generatedByPath = new SortedSet<string>(generated, StringComparer.Ordinal);
        var generatedFolders = FoldersOf(generatedByPath);
        // A language's folder ('ko') holds its trees as the root holds the default language's.
        var treeFolders = languages[0].Timeline.Checkpoints
            .Select(checkpoint => checkpoint.EpisodeId ?? Tree.StartPath.TrimEnd('/'))
            .Concat(languages.Skip(1).Select(site => site.Config.LanguageFolder.TrimEnd('/')))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var valid = true;

        foreach (var file in staticFiles)
        {
            var firstSegment = file.RelativePath.Split('/')[0];
            string? problem = null;
            if (file.RelativePath == Write.OutputMarker.FileName)
            {
                problem = $"'{Write.OutputMarker.FileName}' at the root of the output is the marker by which SpoilerGen knows the folder as its own, which it writes; rename or move the static file";
            }
            else if (treeFolders.Contains(firstSegment))
            {
                problem = $"'{firstSegment}' at the root of the site is the folder of a tree or a language ('{firstSegment}/'), which SpoilerGen writes; move the file into another folder of static/, or give the episode another id";
            }
            else if (generatedByPath.Contains(file.RelativePath))
            {
                problem = $"two files would be written to '{file.RelativePath}': {file.DisplayPath} and {Describe(file.RelativePath)}; rename or move the static file";
            }
            else if (generatedFolders.TryGetValue(file.RelativePath, out var inside))
            {
                problem = $"'{file.RelativePath}' would be both this file and a folder holding {Describe(inside)}; rename or move the static file";
            }
            else if (PathsAbove(file.RelativePath).FirstOrDefault(generatedByPath.Contains) is { } folder)
            {
                problem = $"'{folder}' would be both {Describe(folder)} and a folder holding this file; rename or move the static folder";
            }
            if (problem is null) continue;
            diagnostics.Error(SourcePosition.StartOf(file.DisplayPath), DiagnosticCodes.OutputPathCollision, problem);
            valid = false;
        }
        return valid;
    }

    /// <summary>Every folder above each path ("a/b/c" gives "a" and "a/b"), with the first path found under it.</summary>
    private static Dictionary<string, string> FoldersOf(IEnumerable<string> paths)
    {
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var folder in PathsAbove(path)) folders.TryAdd(folder, path);
        }
        return folders;
    }

    private static IEnumerable<string> PathsAbove(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1)) yield return path[..slash];
    }

    private string Describe(string generatedPath) =>
        generatedPath.StartsWith(AssetsFolder, StringComparison.Ordinal) && theme.Assets.TryGetValue(generatedPath[AssetsFolder.Length..], out var asset)
            ? $"the theme's {asset.DisplayPath}"
            : $"SpoilerGen's generated '{generatedPath}'";
}
