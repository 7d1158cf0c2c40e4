using System.Buffers;

namespace SpoilerGen.Text;

/// <summary>
/// The characters that no published file may hold: those XML 1.0 forbids (C0 controls but tab, line feed and carriage
/// return; U+FFFE, U+FFFF), since every tree has a feed and a sitemap, and a page's text is in both. One set, so that
/// content, front matter and what templates print are held to the same rule (SG0109).
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(code => code is not ('\t' or '\n' or '\r')).Select(code => (char)code), '\uFFFE', '\uFFFF']);

    /// <summary>The index of the first forbidden character in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfFirst(ReadOnlySpan<char> text) => text.IndexOfAny(Forbidden);

    /// <summary>Whether <paramref name="character"/> is one no published file may hold.</summary>
    public static bool IsForbidden(char character) => Forbidden.Contains(character);

    /// <summary>How a message names one: "U+001B".</summary>
    public static string Name(char character) => $"U+{(int)character:X4}";
}
