using System.Collections.Immutable;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Translation;

/// <summary>
/// The tables that ship inside the tool (<c>Translation/Tables/*.yml</c>, embedded): English, Korean, Spanish,
/// Portuguese, French, German and Japanese. Each is read when first asked for, once per process (a build reads one or
/// two of the seven: reading them all was a tenth of its config stage); each is immutable.
/// </summary>
public static class BuiltInLanguageTables
{
    private const string ResourcePrefix = "i18n/";

    private static readonly ImmutableSortedDictionary<string, Lazy<LanguageTableSource>> Sources = ResourcesByLanguage();

    /// <summary>The languages with a built-in table, by code.</summary>
    public static IEnumerable<string> Languages => Sources.Keys;

    public static LanguageTableSource? Find(string language) => Sources.GetValueOrDefault(language.ToLowerInvariant())?.Value;

    /// <summary>The built-in table of one language, whole (for tests, the README's key table, code that has no site).</summary>
    public static LanguageTable Table(string language) => LanguageTableLoader.Merge(language, Find(language) ?? throw new ArgumentException($"no built-in table for '{language}'", nameof(language)), null);

    public static LanguageTable English => Table("en");

    /// <summary>Each embedded table by its language, read when first asked for.</summary>
    private static ImmutableSortedDictionary<string, Lazy<LanguageTableSource>> ResourcesByLanguage()
    {
        var assembly = typeof(BuiltInLanguageTables).Assembly;
        var tables = ImmutableSortedDictionary.CreateBuilder<string, Lazy<LanguageTableSource>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            tables[Path.GetFileNameWithoutExtension(resource)] = new Lazy<LanguageTableSource>(() => Read(resource));
        }
        return tables.ToImmutable();
    }

    private static LanguageTableSource Read(string resource)
    {
        var assembly = typeof(BuiltInLanguageTables).Assembly;
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var problems = new DiagnosticBag();
        var source = LanguageTableReader.Read(reader.ReadToEnd(), resource, problems);
        // The tables are the tool's own: one that does not read is a bug, caught by the tests.
        if (source is null || problems.HasErrors) throw new InvalidOperationException($"the built-in table {resource} does not read: {string.Join("; ", problems.ToSortedList())}");
        return source;
    }
}
