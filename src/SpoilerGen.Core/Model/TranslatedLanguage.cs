using System.Collections.Immutable;

namespace SpoilerGen.Model;

/// <summary>One language of a multilingual site: its code, its name in itself, its output folder, and its pages by translation key.</summary>
public sealed record TranslatedLanguage(string Code, string Name, string Folder, string Direction,
    ImmutableDictionary<string, (string Key, int Level)> Pages);
