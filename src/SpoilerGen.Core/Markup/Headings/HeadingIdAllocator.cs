namespace SpoilerGen.Markup.Headings;

/// <summary>
/// Gives headings unique ids from their text: the slug, then <c>-1</c>, <c>-2</c>… for repeats, never
/// one of the reserved ids.
/// </summary>
public sealed class HeadingIdAllocator(IEnumerable<string> reserved)
{
    private readonly HashSet<string> _used = new(reserved, StringComparer.Ordinal);

    public string Allocate(string text)
    {
        var slug = Slugifier.Slugify(text);
        if (slug.Length == 0) slug = "section";
        if (_used.Add(slug)) return slug;
        for (var count = 1; ; count++)
        {
            var candidate = $"{slug}-{count}";
            if (_used.Add(candidate)) return candidate;
        }
    }
}
