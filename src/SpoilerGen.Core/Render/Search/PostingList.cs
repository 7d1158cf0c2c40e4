using System.Text;

namespace SpoilerGen.Render.Search;

/// <summary>
/// Encodes the pages that hold a term as a short string, in whichever of two forms is shorter:
/// a rare term as its page numbers' gaps in base 36 joined by dots (<c>"3.1.a"</c> is pages 3, 4 and 14),
/// a common one as <c>"!"</c> and a base64 bitmap with bit i (least significant first) set for page i.
/// Most terms are rare, and the bitmap caps a term held by every page of a 1,000-page tree at 170 bytes.
/// </summary>
public static class PostingList
{
    public const char BitmapPrefix = '!';

    /// <param name="pages">page numbers, ascending, without repeats</param>
    public static string Encode(IReadOnlyList<int> pages)
    {
        // Both lengths are known before either string is made: only the shorter one is written.
        return BitmapLength(pages) < GapsLength(pages) ? Bitmap(pages) : Gaps(pages);
    }

    private static int GapsLength(IReadOnlyList<int> pages)
    {
        var length = Math.Max(pages.Count - 1, 0);
        var previous = 0;
        foreach (var page in pages)
        {
            length += Base36Length(page - previous);
            previous = page;
        }
        return length;
    }

    private static int BitmapLength(IReadOnlyList<int> pages) =>
        pages.Count == 0 ? 1 : 1 + (pages[^1] / 8 + 1 + 2) / 3 * 4;

    private static string Gaps(IReadOnlyList<int> pages)
    {
        var text = new StringBuilder();
        var previous = 0;
        foreach (var page in pages)
        {
            if (text.Length > 0) text.Append('.');
            AppendBase36(text, page - previous);
            previous = page;
        }
        return text.ToString();
    }

    private static string Bitmap(IReadOnlyList<int> pages)
    {
        if (pages.Count == 0) return BitmapPrefix.ToString();
        var bytes = new byte[pages[^1] / 8 + 1];
        foreach (var page in pages) bytes[page / 8] |= (byte)(1 << (page % 8));
        return BitmapPrefix + Convert.ToBase64String(bytes);
    }

    private static int Base36Length(int value)
    {
        var length = 1;
        for (; value >= 36; value /= 36) length++;
        return length;
    }

    private static void AppendBase36(StringBuilder text, int value)
    {
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<char> digits = stackalloc char[8];
        var start = digits.Length;
        do
        {
            digits[--start] = Digits[value % 36];
            value /= 36;
        }
        while (value > 0);
        text.Append(digits[start..]);
    }

    /// <summary>The page numbers of an encoded list: what <c>search.js</c> does, for tests and tools.</summary>
    public static IReadOnlyList<int> Decode(string encoded)
    {
        if (encoded.Length > 0 && encoded[0] == BitmapPrefix)
        {
            var bytes = Convert.FromBase64String(encoded[1..]);
            return [.. Enumerable.Range(0, bytes.Length * 8).Where(bit => (bytes[bit / 8] & (1 << (bit % 8))) != 0)];
        }
        var pages = new List<int>();
        var page = 0;
        foreach (var gap in encoded.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            page += FromBase36(gap);
            pages.Add(page);
        }
        return pages;
    }

    private static int FromBase36(string digits) =>
        digits.Aggregate(0, (value, digit) => value * 36 + (char.IsDigit(digit) ? digit - '0' : digit - 'a' + 10));
}
