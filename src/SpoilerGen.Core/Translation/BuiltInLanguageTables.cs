using System.Collections.Immutable;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Translation;

/// <summary>
/// The tables that ship inside the tool (<c>Translation/Tables/*.yml</c>, embedded): English, Korean, Spanish,
/// Portuguese, French, German and Japanese. Read once per process; each is immutable.
/// </summary>
public static class BuiltInLanguageTables
{
    private const string ResourcePrefix = "i18n/";

    private static readonly Lazy<ImmutableSortedDictionary<string, LanguageTableSource>> Sources = new(ReadAll);

    /// <summary>The languages with a built-in table, by code.</summary>
    public static IEnumerable<string> Languages => Sources.Value.Keys;

    public static LanguageTableSource? Find(string language) => Sources.Value.GetValueOrDefault(language.ToLowerInvariant());

    /// <summary>The built-in table of one language, whole (for tests, the README's key table, code that has no site).</summary>
    public static LanguageTable Table(string language) => LanguageTableLoader.Merge(language, Find(language) ?? throw new ArgumentException($"no built-in table for '{language}'", nameof(language)), null);

    public static LanguageTable English => Table("en");

    private static ImmutableSortedDictionary<string, LanguageTableSource> ReadAll()
    {
        var assembly = typeof(BuiltInLanguageTables).Assembly;
        var tables = ImmutableSortedDictionary.CreateBuilder<string, LanguageTableSource>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var problems = new DiagnosticBag();
            var source = LanguageTableReader.Read(reader.ReadToEnd(), resource, problems);
            // The tables are the tool's own: one that does not read is a bug, caught by the tests.
            if (source is null || problems.HasErrors) throw new InvalidOperationException($"the built-in table {resource} does not read: {string.Join("; ", problems.ToSortedList())}");
            tables[Path.GetFileNameWithoutExtension(resource)] = source;
        }
        return tables.ToImmutable();
    }
}
