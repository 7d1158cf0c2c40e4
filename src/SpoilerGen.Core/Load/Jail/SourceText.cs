using System.Text;
using SpoilerGen.Diagnostics;
using SpoilerGen.Text;

namespace SpoilerGen.Load.Jail;

/// <summary>
/// Reads a site file whole, reporting instead of throwing: a file that cannot be read (permissions,
/// I/O), text that is not UTF-8 (which would otherwise be published with '�' in place of letters) and
/// control characters that no XML file (feed, sitemap) may hold, each at its line and column.
/// </summary>
public static class SourceText
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static string? Read(SiteFile file, DiagnosticBag diagnostics) =>
        ReadBytes(file, diagnostics) is { } bytes ? Decode(file.DisplayPath, bytes, diagnostics) : null;

    /// <summary>The text of a file already read, or null when it is not UTF-8 or holds a control character (reported).</summary>
    public static string? Decode(string displayPath, byte[] bytes, DiagnosticBag diagnostics)
    {
        var utf8 = bytes.AsSpan();
        if (utf8.StartsWith(ByteOrderMark)) utf8 = utf8[ByteOrderMark.Length..];

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            diagnostics.Error(PositionOfInvalidByte(displayPath, utf8), DiagnosticCodes.TextNotUtf8,
                "the file is not valid UTF-8 here; save it as UTF-8");
            return null;
        }
        var text = Encoding.UTF8.GetString(utf8);
        var line = 1;
        var column = 1;
        foreach (var character in text)
        {
            if (character == '\n')
            {
                line++;
                column = 1;
                continue;
            }
            if (ControlCharacters.IsForbidden(character))
            {
                diagnostics.Error(new SourcePosition(displayPath, line, column), DiagnosticCodes.ControlCharacter,
                    $"the control character {ControlCharacters.Name(character)} cannot be published (no feed or sitemap may hold it); remove it");
                return null;
            }
            column++;
        }
        return text;
    }

    /// <summary>The file's bytes, read through the handle the jail checked (<see cref="SiteFileHandle"/>).</summary>
    public static byte[]? ReadBytes(SiteFile file, DiagnosticBag diagnostics) => SiteFileHandle.ReadAllBytes(file, diagnostics);

    private static SourcePosition PositionOfInvalidByte(string displayPath, ReadOnlySpan<byte> utf8)
    {
        var line = 1;
        var column = 1;
        while (!utf8.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(utf8, out var rune, out var consumed) != System.Buffers.OperationStatus.Done) break;
            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column += rune.Utf16SequenceLength;
            }
            utf8 = utf8[consumed..];
        }
        return new SourcePosition(displayPath, line, column);
    }
}
