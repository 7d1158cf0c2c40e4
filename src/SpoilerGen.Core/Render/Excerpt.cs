using System.Text;

namespace SpoilerGen.Render;

/// <summary>A short excerpt of a page's visible text, cut at a word boundary.</summary>
public static class Excerpt
{
    public const int DefaultLength = 160;

    public static string Of(string text, int length = DefaultLength)
    {
        // Only the start of the text is flattened (runs of white space to one space): splitting a
        // 50 MB page into words for 160 characters would cost gigabytes.
        var flat = new StringBuilder(length + 2);
        var pendingSpace = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = flat.Length > 0;
                continue;
            }
            if (pendingSpace) flat.Append(' ');
            pendingSpace = false;
            flat.Append(character);
            if (flat.Length > length + 1) break;
        }
        var start = flat.ToString();
        if (start.Length <= length) return start;
        var cut = start.LastIndexOf(' ', length);
        return start[..(cut > length / 2 ? cut : length)] + "…";
    }
}
