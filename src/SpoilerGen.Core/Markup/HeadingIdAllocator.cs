
namespace SpoilerGen.Markup;

/// <summary>
/// Gives headings unique ids from their visible text, per render: ids are computed from what one tree
/// shows, so a hidden heading never shapes the id of a shown one.
/// </summary>
public sealed class HeadingIdAllocator
{
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

    public string Allocate(string text)
    {
        var slug = Slugifier.Slugify(text);
        if (slug.Length == 0) slug = "section";
        if (!_used.TryGetValue(slug, out var count))
        {
            _used[slug] = 1;
            return slug;
        }
        string candidate;
        do
        {
            candidate = $"{slug}-{count++}";
        } while (_used.ContainsKey(candidate));
        _used[slug] = count;
        _used[candidate] = 1;
        return candidate;
    }
}
