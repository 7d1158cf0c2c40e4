using System.Collections.Immutable;

namespace SpoilerGen.Check;

/// <summary>
/// Counts kept in an immutable dictionary, a key present only while its count is above zero; changed by a delta summed
/// first in a mutable one, so that a change costs one step for each key it changes, not one for each word it counts.
/// </summary>
internal static class Counts
{
    public static void Add<TKey>(Dictionary<TKey, int> delta, TKey key, int amount) where TKey : notnull
    {
        if (amount == 0) return;
        delta[key] = delta.GetValueOrDefault(key) + amount;
    }

    /// <summary><paramref name="counts"/> changed by <paramref name="delta"/>; <paramref name="crossed"/> gets each key that came or went.</summary>
    public static ImmutableDictionary<TKey, int> Apply<TKey>(ImmutableDictionary<TKey, int> counts, Dictionary<TKey, int> delta, ICollection<TKey>? crossed = null)
        where TKey : notnull
    {
        var builder = counts.ToBuilder();
        foreach (var (key, amount) in delta)
        {
            if (amount == 0) continue;
            var before = builder.GetValueOrDefault(key);
            var after = before + amount;
            if (after == 0) builder.Remove(key);
            else builder[key] = after;
            if (before == 0 || after == 0) crossed?.Add(key);
        }
        return builder.ToImmutable();
    }
}
