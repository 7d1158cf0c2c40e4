using System.Text;

namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>
/// Compares two outputs of one config over the files that must not depend on what is revealed after k: every
/// file of the trees for checkpoints 0..k, and every file outside the trees. Describes the first difference.
/// </summary>
public static class OutputDifference
{
    /// <returns>Null when those files are byte-identical; else the first differing file and an excerpt of both.</returns>
    public static string? Find(string first, string second, GuideSpec spec, int checkpoint) => All(first, second, spec, checkpoint).FirstOrDefault();

    /// <summary>Every file that differs, in path order, each with an excerpt.</summary>
    /// <param name="languageFolders">The folders of the site's other languages (<c>ko</c>), each holding trees as the root does.</param>
    public static IEnumerable<string> All(string first, string second, GuideSpec spec, int checkpoint, IReadOnlyCollection<string>? languageFolders = null)
    {
        var laterTrees = Enumerable.Range(checkpoint + 1, spec.Episodes - checkpoint).Select(spec.EpisodeId).ToHashSet(StringComparer.Ordinal);
        var firstFiles = Files(first, laterTrees, languageFolders ?? []);
        var secondFiles = Files(second, laterTrees, languageFolders ?? []);
        foreach (var path in firstFiles.Keys.Union(secondFiles.Keys).Order(StringComparer.Ordinal))
        {
            if (!firstFiles.TryGetValue(path, out var a))
            {
                yield return $"{path} is only in the variant's output";
                continue;
            }
            if (!secondFiles.TryGetValue(path, out var b))
            {
                yield return $"{path} is only in the original's output";
                continue;
            }
            var bytesA = File.ReadAllBytes(a);
            var bytesB = File.ReadAllBytes(b);
            if (bytesA.AsSpan().SequenceEqual(bytesB)) continue;
            var at = bytesA.AsSpan().CommonPrefixLength(bytesB);
            yield return $"{path} differs at byte {at}:\n  original: …{Excerpt(bytesA, at)}…\n  variant:  …{Excerpt(bytesB, at)}…";
        }
    }

    /// <summary>The category of a difference, for counting families: the file's place without its tree.</summary>
    public static string Family(string difference)
    {
        var path = difference.Split(' ', 2)[0];
        var slash = path.IndexOf('/');
        return slash < 0 ? path : "<tree>/" + System.Text.RegularExpressions.Regex.Replace(path[(slash + 1)..], "[^/]+/", "*/");
    }

    private static Dictionary<string, string> Files(string root, HashSet<string> laterTrees, IReadOnlyCollection<string> languageFolders) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => (Relative: Path.GetRelativePath(root, file).Replace('\\', '/'), file))
            .Where(entry => !laterTrees.Contains(TreeFolder(entry.Relative, languageFolders)))
            .ToDictionary(entry => entry.Relative, entry => entry.file, StringComparer.Ordinal);

    /// <summary>The tree folder a file is in: its first folder, or its second under a language's folder.</summary>
    private static string TreeFolder(string relative, IReadOnlyCollection<string> languageFolders)
    {
        var segments = relative.Split('/');
        return segments.Length > 2 && languageFolders.Contains(segments[0]) ? segments[1] : segments[0];
    }

    private static string Excerpt(byte[] bytes, int at)
    {
        var start = Math.Max(0, at - 80);
        var length = Math.Min(bytes.Length - start, 200);
        return Encoding.UTF8.GetString(bytes, start, length).Replace("\n", "\\n");
    }
}
