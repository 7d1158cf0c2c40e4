using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Model;

namespace SpoilerGen.Render;

/// <summary>
/// Makes sure that no two files of the built site share a path, whatever order they were rendered in:
/// a static file that would replace a generated one (or a theme asset), a file where another needs a
/// folder, or a static folder named like an episode, whose tree would be merged into it, is an error
/// at the static file naming both.
/// </summary>
public sealed class OutputPathChecker(SiteModel site, ThemeTemplates theme, DiagnosticBag diagnostics)
{
    private const string AssetsFolder = "assets/";

    public void Check(IReadOnlyList<OutputFile> files, IReadOnlyList<SiteFile> staticFiles)
    {
        var staticByPath = staticFiles.ToDictionary(file => file.RelativePath, StringComparer.Ordinal);
        var treeFolders = site.Timeline.Checkpoints
            .Select(checkpoint => checkpoint.EpisodeId ?? Tree.StartPath.TrimEnd('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in staticFiles)
        {
            var firstSegment = file.RelativePath.Split('/')[0];
            if (treeFolders.Contains(firstSegment) && reported.Add(file.RelativePath))
            {
                diagnostics.Error(SourcePosition.StartOf(file.DisplayPath), DiagnosticCodes.OutputPathCollision,
                    $"'{firstSegment}' at the root of the site is the folder of a tree ('{firstSegment}/'), which SpoilerGen writes; move the file into another folder of static/, or give the episode another id");
            }
        }

        foreach (var group in files.GroupBy(file => file.RelativePath, StringComparer.Ordinal).Where(group => group.Count() > 1 && !reported.Contains(group.Key)))
        {
            var sources = group.Select(file => Describe(file, staticByPath)).Order(StringComparer.Ordinal).ToList();
            var position = group.OfType<CopiedOutputFile>().Select(file => staticByPath[file.RelativePath].DisplayPath).Order(StringComparer.Ordinal).FirstOrDefault();
            diagnostics.Error(SourcePosition.StartOf(position ?? group.Key), DiagnosticCodes.OutputPathCollision,
                $"two files would be written to '{group.Key}': {string.Join(" and ", sources)}; rename or move one of them");
        }

        // A file where another file needs a folder of the same name ('a' and 'a/index.html').
        var folders = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var slash = file.RelativePath.IndexOf('/');
            while (slash > 0)
            {
                folders.TryAdd(file.RelativePath[..slash], file);
                slash = file.RelativePath.IndexOf('/', slash + 1);
            }
        }
        foreach (var file in files)
        {
            if (!folders.TryGetValue(file.RelativePath, out var inside) || reported.Contains(file.RelativePath) || reported.Contains(inside.RelativePath)) continue;
            var position = file is CopiedOutputFile ? staticByPath[file.RelativePath].DisplayPath
                : inside is CopiedOutputFile ? staticByPath[inside.RelativePath].DisplayPath
                : file.RelativePath;
            diagnostics.Error(SourcePosition.StartOf(position), DiagnosticCodes.OutputPathCollision,
                $"'{file.RelativePath}' would be both a file ({Describe(file, staticByPath)}) and a folder holding '{inside.RelativePath}' ({Describe(inside, staticByPath)}); rename or move one of them");
        }
    }

    private string Describe(OutputFile file, Dictionary<string, SiteFile> staticByPath) => file switch
    {
        CopiedOutputFile copied when staticByPath.TryGetValue(copied.RelativePath, out var source) => source.DisplayPath,
        _ when file.RelativePath.StartsWith(AssetsFolder, StringComparison.Ordinal)
            && theme.Assets.TryGetValue(file.RelativePath[AssetsFolder.Length..], out var asset) => $"the theme's {asset.DisplayPath}",
        _ => $"SpoilerGen's generated '{file.RelativePath}'",
    };
}
