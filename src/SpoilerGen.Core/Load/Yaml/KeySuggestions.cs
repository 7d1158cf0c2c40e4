namespace SpoilerGen.Load.Yaml;

/// <summary>
/// Finds the known key an author most likely meant by an unknown one, for "did you mean" messages in
/// the config and in front matter: a key that differs only in case, or by at most two edits.
/// </summary>
public static class KeySuggestions
{
    public static string? Closest(string unknown, IEnumerable<string> known)
    {
        var candidates = known.ToList();
        var sameExceptCase = candidates.FirstOrDefault(key => string.Equals(key, unknown, StringComparison.OrdinalIgnoreCase));
        if (sameExceptCase is not null) return sameExceptCase;
        var lower = unknown.ToLowerInvariant();
        return candidates
            .Select(key => (Key: key, Distance: EditDistance(lower, key)))
            .Where(candidate => candidate.Distance <= Math.Min(2, Math.Max(1, candidate.Key.Length / 3)))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Key, StringComparer.Ordinal)
            .Select(candidate => candidate.Key)
            .FirstOrDefault();
    }

    /// <summary>The message for an unknown key: the suggestion if there is one, else the list of known keys.</summary>
    public static string UnknownKeyMessage(string unknown, string where, IReadOnlyCollection<string> known, string? extraHint = null)
    {
        var suggestion = Closest(unknown, known);
        var start = $"unknown key '{unknown}' in {where}";
        var help = suggestion is not null ? $"; did you mean '{suggestion}'?" : $"; known keys: {string.Join(", ", known)}";
        return start + help + (extraHint is null ? "" : $" {extraHint}");
    }

    /// <summary>Levenshtein distance, with a swap of two neighbours counted as one edit.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
