using SpoilerGen.Build;

namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>An error a generated guide's build must report: its code at a line and column of a file (by its path in the site).</summary>
public sealed record ExpectedRefusal(string Path, int Line, int Column, string Code)
{
    public override string ToString() => $"{Path}({Line},{Column}): {Code}";

    /// <summary>
    /// Null when <paramref name="result"/> is what <paramref name="expected"/> says: a build, or a failure with exactly
    /// those errors; else what differs.
    /// </summary>
    public static string? Mismatch(IReadOnlyList<ExpectedRefusal> expected, BuildResult result, string siteRoot)
    {
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        if (expected.Count == 0) return result.Succeeded ? null : $"the generated guide does not build:\n{string.Join("\n", errors)}";
        var reported = errors.Select(d => new ExpectedRefusal(
            System.IO.Path.GetRelativePath(siteRoot, System.IO.Path.GetFullPath(d.Position.Path, siteRoot)).Replace('\\', '/'), d.Position.Line, d.Position.Column, d.Code)).ToList();
        var want = expected.Select(e => e.ToString()).Order(StringComparer.Ordinal).ToList();
        var got = reported.Select(e => e.ToString()).Order(StringComparer.Ordinal).ToList();
        return !result.Succeeded && want.SequenceEqual(got)
            ? null
            : $"the generated guide must be refused at exactly {string.Join(", ", want)}, but {(result.Succeeded ? "it built" : "it reported:\n" + string.Join("\n", errors))}";
    }
}
