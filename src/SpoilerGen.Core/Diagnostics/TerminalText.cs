using System.Globalization;
using System.Text;

namespace SpoilerGen.Diagnostics;

/// <summary>
/// Text made safe to print on a terminal, one to one: control characters (from a file's name or content)
/// are written as <c>\uXXXX</c>, since raw they could move the cursor, recolour the terminal or start a line
/// that looks like a diagnostic of its own. Bidirectional controls (U+202E turns <c>gpj.md</c> into what
/// reads as <c>dm.jpg</c>) and the Unicode line and paragraph separators are escaped too. A backslash is
/// written <c>\\</c>, so that a file really named <c>bidi\u202Ex.md</c> never prints like one holding U+202E.
/// Every line build, check, serve and new print about a name goes through here.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var printable = new StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            if (character == '\\') printable.Append(@"\\");
            else if (NeedsEscape(character)) printable.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
            else printable.Append(character);
        }
        return printable.ToString();
    }

    private static bool NeedsEscape(char character) =>
        character == '\\'
        || char.IsControl(character)
        || character is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
