using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// A text file of <c>static/</c> (Markdown, HTML, SVG, XML, plain text, subtitles, tables of data, YAML) is copied as it is, to the site's root, and never
/// read as Markdown: SpoilerGen's spoiler markup written there (<c>[words]{spoiler=s01e04}</c>, a <c>::: spoiler</c> line)
/// would be published for every reader. It is refused at its line and column, as it is in a template. Code (scripts,
/// styles, JSON) is the theme's own and is not read; nor are images and other binary files.
/// </summary>
/// <remarks>
/// The check reads the very bytes that are published: the output reads each static file once, through the handle the
/// jail checked, and hands those bytes here before it writes or keeps them. A file edited or swapped between the load
/// and the copy is checked as it is copied, never published unchecked. The contents found clean are remembered by their
/// SHA-256, so that <c>serve</c>, given the previous render's check, scans again only the files whose bytes changed.
/// </remarks>
public sealed class StaticFileMarkupCheck
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".html", ".htm", ".xhtml", ".svg", ".xml", ".txt", ".vtt", ".srt", ".csv", ".tsv", ".yml", ".yaml" };

    private readonly ConcurrentDictionary<string, byte>? _cleanBefore;
    private readonly ConcurrentDictionary<string, byte> _clean = new(StringComparer.Ordinal);
    private int _scanned;

    /// <param name="previous">The check of the previous render of the same site, finished: contents it found clean are not scanned again.</param>
    public StaticFileMarkupCheck(StaticFileMarkupCheck? previous = null) => _cleanBefore = previous?._clean;

    /// <summary>How many files were scanned, not taken as clean from the previous check: what a rebuild paid for this check.</summary>
    public int ScannedCount => _scanned;

    /// <summary>Whether the file is one this check reads: text that a reader's browser shows.</summary>
    public static bool IsText(SiteFile file) => TextExtensions.Contains(Path.GetExtension(file.RelativePath));

    /// <summary>
    /// Whether <paramref name="bytes"/>, the content about to be published as <paramref name="file"/>, may be: true for a
    /// file that is not text; false, with the error reported at its line and column, for text that holds spoiler markup.
    /// </summary>
    public bool Passes(SiteFile file, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (!IsText(file)) return true;
        var hash = Convert.ToHexString(SHA256.HashData(bytes));
        if (_cleanBefore?.ContainsKey(hash) == true || _clean.ContainsKey(hash))
        {
            _clean.TryAdd(hash, 0);
            return true;
        }
        Interlocked.Increment(ref _scanned);
        if (!IsFree(file, bytes, "this static file", "a file of static/ is copied as it is for every reader", diagnostics)) return false;
        _clean.TryAdd(hash, 0);
        return true;
    }

    /// <summary>
    /// Whether a text file of the theme's <c>templates/assets/</c>, copied as it is to <c>/assets/</c> for every reader, is
    /// free of spoiler markup; the error is reported at its line and column. Checked once, as the theme is loaded, on the
    /// bytes that the theme then publishes.
    /// </summary>
    public static bool PassesAsThemeAsset(SiteFile file, byte[] bytes, DiagnosticBag diagnostics) =>
        !IsText(file) || IsFree(file, bytes, "this theme asset", "a file of templates/assets/ is copied as it is to /assets/ for every reader", diagnostics);

    private static bool IsFree(SiteFile file, byte[] bytes, string what, string why, DiagnosticBag diagnostics)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (SpoilerMarkupLookalike.Find(text, foreignSyntax: false) is not { } found) return true;
        diagnostics.Error(SourcePosition.At(file.DisplayPath, text, found.Index), found.Code,
            found.Message(what) + $"; {why} and is not read as Markdown: put the words in a page under content/, where spoiler markup is read");
        return false;
    }

    /// <summary>Reads the file once through the jail's checked handle and checks what was read: the bytes to publish, or null (reported).</summary>
    public byte[]? ReadChecked(SiteFile file, DiagnosticBag diagnostics) =>
        SiteFileHandle.ReadAllBytes(file, diagnostics) is { } bytes && Passes(file, bytes, diagnostics) ? bytes : null;
}
