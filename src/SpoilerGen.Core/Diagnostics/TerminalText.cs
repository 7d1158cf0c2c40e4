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
        if (!NeedsAnyEscape(text)) return text;
        var printable = new StringBuilder(text.Length + 16);
        for (var index = 0; index < text.Length; index += char.IsSurrogatePair(text, index) ? 2 : 1)
        {
            if (!Rune.TryGetRuneAt(text, index, out var rune))
            {
                // A lone surrogate (a name that is not UTF-16) is written as its number, as a control is.
                printable.Append(CultureInfo.InvariantCulture, $"\\u{(int)text[index]:X4}");
                continue;
            }
            if (rune.Value == '\\') printable.Append(@"\\");
            else if (!NeedsEscape(rune)) printable.Append(text, index, rune.Utf16SequenceLength);
            else if (rune.IsBmp) printable.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            else printable.Append(CultureInfo.InvariantCulture, $"\\U{rune.Value:X8}");
        }
        return printable.ToString();
    }

    private static bool NeedsAnyEscape(string text)
    {
        foreach (var character in text)
        {
            if (character == '\\' || char.IsSurrogate(character) || NeedsEscape(new Rune(character))) return true;
        }
        return false;
    }

    /// <summary>
    /// Controls, format characters (bidirectional controls, zero-width spaces, the byte order mark, tag letters), the line
    /// and paragraph separators, and the other characters Unicode lets a renderer draw as nothing (Default_Ignorable_Code_Point:
    /// the Hangul fillers, variation selectors): printed raw, two different names would print alike.
    /// </summary>
    private static bool NeedsEscape(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || rune.Value is 0x00AD or 0x034F or 0x115F or 0x1160 or (>= 0x17B4 and <= 0x17B5) or (>= 0x180B and <= 0x180F) or 0x3164
            or (>= 0xFE00 and <= 0xFE0F) or 0xFFA0 or (>= 0xFFF0 and <= 0xFFF8) or (>= 0x1BCA0 and <= 0x1BCA3) or (>= 0xE0000 and <= 0xE0FFF);
}
