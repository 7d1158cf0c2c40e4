using System.Globalization;
using System.Text;

namespace SpoilerGen.Text;

/// <summary>
/// The start of a text with each run of white space made one space, trimmed: what an excerpt is cut from.
/// Only the start is read, so a page or paragraph of 50 MB costs no more than a short one (splitting it
/// into words first would make a string of every word).
/// </summary>
public static class FlatText
{
    /// <summary>At most <paramref name="length"/> + 2 characters of the flattened text: enough to tell whether it is longer.</summary>
    public static string Start(string text, int length)
    {
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
        return flat.ToString();
    }

    /// <summary>
    /// How many characters of <paramref name="text"/>, at most <paramref name="length"/>, end on a whole character as a
    /// reader sees it: a cut between an emoji's two halves published U+FFFD, and one inside a cluster (a letter and its
    /// accent, a flag, a joined emoji) published a piece of it.
    /// </summary>
    public static int WholeCharactersWithin(string text, int length)
    {
        if (length >= text.Length) return text.Length;
        var end = 0;
        while (end < length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > length) break;
            end = next;
        }
        return end;
    }
}
