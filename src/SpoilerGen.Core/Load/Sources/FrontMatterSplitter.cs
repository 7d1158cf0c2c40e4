namespace SpoilerGen.Load.Sources;

/// <summary>
/// Splits a Markdown file into its YAML front matter, between <c>---</c> lines, and its body. Line
/// endings may be LF, CRLF or CR alone; the parts are returned with LF, and line numbers count every kind.
/// </summary>
public static class FrontMatterSplitter
{
    /// <summary>The parts of a file; <see cref="BodyLineOffset"/> is how many lines come before the body.</summary>
    public sealed record Parts(string? FrontMatter, int FrontMatterLineOffset, string Body, int BodyLineOffset, bool IsUnclosed);

    public static Parts Split(string text)
    {
        var lines = NormalizeLineEndings(text).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return new Parts(null, 0, string.Join('\n', lines), 0, IsUnclosed: false);
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimEnd();
            if (trimmed is "---" or "...")
            {
                return new Parts(string.Join('\n', lines[1..i]), 1, string.Join('\n', lines[(i + 1)..]), i + 1, IsUnclosed: false);
            }
        }
        return new Parts(null, 0, "", lines.Length, IsUnclosed: true);
    }

    /// <summary>CRLF and a lone CR both become LF, as Markdig and YAML count them.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
}
