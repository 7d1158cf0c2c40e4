using SpoilerGen.Text;

namespace SpoilerGen.Render;

/// <summary>A short excerpt of a page's visible text, cut at a word boundary.</summary>
public static class Excerpt
{
    public const int DefaultLength = 160;

    public static string Of(string text, int length = DefaultLength)
    {
        var start = FlatText.Start(text, length);
        if (start.Length <= length) return start;
        var cut = start.LastIndexOf(' ', length);
        return start[..(cut > length / 2 ? cut : FlatText.WholeCharactersWithin(start, length))] + "…";
    }
}
