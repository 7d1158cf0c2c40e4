using SpoilerGen.Diagnostics;
using SpoilerGen.Text;
namespace SpoilerGen.Load.Jail;

/// <summary>
/// Files of one site folder (content, static files, templates) whose paths differ only in Unicode normalization
/// (<c>café.md</c> written NFC and NFD) or only in case (<c>Page.md</c>, <c>page.md</c>): two files here, one file
/// on a macOS or Windows checkout of the same repository, and one URL or one template either way. Each is one
/// error naming both files and why they collide, and only the first of each set is read, so the collision is
/// not reported again as a duplicate URL.
/// </summary>
public static class FileNameCollisions
{
    /// <summary>The files less those that collide with an earlier one (in ordinal order of their paths), each of those reported.</summary>
    public static List<SiteFile> Without(IEnumerable<SiteFile> files, DiagnosticBag diagnostics)
    {
        var kept = new List<SiteFile>();
        foreach (var group in files.OrderBy(file => file.RelativePath, StringComparer.Ordinal).GroupBy(file => Key(file.RelativePath), StringComparer.Ordinal))
        {
            var first = group.First();
            kept.Add(first);
            foreach (var other in group.Skip(1))
            {
                diagnostics.Error(SourcePosition.StartOf(other.DisplayPath), DiagnosticCodes.FileNameCollision,
                    $"this file and {first.DisplayPath} {Reason(first.RelativePath, other.RelativePath)}; rename one of them");
            }
        }
        return kept;
    }

    /// <summary>
    /// What two colliding paths have in common: one name on a macOS or Windows checkout. Decomposed by a table, not by
    /// <see cref="string.Normalize()"/>, which does nothing under the invariant globalization the tool ships with.
    /// </summary>
    public static string Key(string path) => CanonicalDecomposition.Decompose(path).ToUpperInvariant();

    private static string Reason(string first, string other)
    {
        if (CanonicalDecomposition.Decompose(first) == CanonicalDecomposition.Decompose(other))
        {
            return $"have names that differ only in Unicode normalization (this one writes accented letters {Form(other)}, the other {Form(first)}): "
                + "the same text to a reader, two files on Linux, one file on macOS, and one URL";
        }
        return "have names that differ only in case: a macOS or Windows checkout of the repository holds only one of them, and they would have one URL";
    }

    private static string Form(string path) => CanonicalDecomposition.IsDecomposed(path)
        ? "as a letter and a combining accent, NFD, as macOS names files"
        : "as one character each, NFC";
}
