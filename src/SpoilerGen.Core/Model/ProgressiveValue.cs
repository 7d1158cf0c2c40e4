using System.Collections.Immutable;

namespace SpoilerGen.Model;

/// <summary>
/// A front matter value that changes as the reader gets further, such as a title that would spoil
/// if shown too early. Entries are ordered by level; a reader sees the latest entry they have reached.
/// </summary>
public sealed record ProgressiveValue<T>(ImmutableArray<LeveledValue<T>> Entries) where T : class
{
    public static ProgressiveValue<T> Constant(T value) => new([new LeveledValue<T>(0, value)]);

    /// <summary>The level from which any value exists.</summary>
    public int FirstLevel => Entries[0].Level;

    public T? At(int checkpoint)
    {
        T? current = null;
        foreach (var entry in Entries)
        {
            if (entry.Level > checkpoint) break;
            current = entry.Value;
        }
        return current;
    }

    /// <summary>The levels at which the value changes, which are levels at which the site changes.</summary>
    public IEnumerable<int> Levels => Entries.Select(e => e.Level);
}
