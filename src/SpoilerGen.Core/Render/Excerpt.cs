namespace SpoilerGen.Render;

/// <summary>A short excerpt of a page's visible text, cut at a word boundary.</summary>
public static class Excerpt
{
    public const int DefaultLength = 160;

    public static string Of(string text, int length = DefaultLength)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= length) return flat;
        var cut = flat.LastIndexOf(' ', length);
        return flat[..(cut > length / 2 ? cut : length)] + "…";
    }
}
