using SpoilerGen.Diagnostics;
using SpoilerGen.Load.Jail;
using SpoilerGen.Load.Yaml;
using SpoilerGen.Model;
using SpoilerGen.Translation;
using YamlDotNet.RepresentationModel;

namespace SpoilerGen.Load.Configuration;

/// <summary>
/// Reads <c>languages:</c>, the site in several languages: a mapping from each language's code to its title,
/// description and series (title and episode titles), the first language the default. Each language becomes a
/// <see cref="SiteConfig"/> of its own, with its words, its timeline (the same episodes, their titles in that
/// language) and its output folder.
/// </summary>
public static class LanguagesReader
{
    public const string Key = "languages";

    private static readonly string[] LanguageKeys = ["name", "title", "description", "series"];

    /// <summary>What <c>languages:</c> says of one language, before the series is known.</summary>
    private sealed record LanguageSettings(string Code, YamlNode CodeNode, string? Name, string? Title, string? Description, string? SeriesTitle,
        IReadOnlyList<(string Id, YamlNode IdNode, string Title)> EpisodeTitles);

    /// <summary>The code of the default (first) language, or null when <c>languages:</c> is absent or reported.</summary>
    public static string? DefaultLanguage(YamlNodeReader reader, YamlMappingNode root, YamlNode? languageNode)
    {
        var node = YamlNodeReader.Find(root, Key);
        if (node is null) return null;
        if (languageNode is not null)
        {
            reader.Error(languageNode, DiagnosticCodes.LanguagesInvalid,
                "'language:' and 'languages:' are both given: list every language under 'languages:' (the first is the default) and remove 'language:'");
        }
        return node is YamlMappingNode { Children.Count: > 0 } map && map.Children[0].Key is YamlScalarNode { Value: { } code } ? code : null;
    }

    /// <summary>
    /// The site's config with each language of <c>languages:</c> applied: the default's title and description
    /// over the top-level ones, and a config per other language in <see cref="SiteConfig.Translations"/>.
    /// </summary>
    /// <returns>Null when anything was reported.</returns>
    public static SiteConfig? Apply(SiteConfig config, YamlNodeReader reader, YamlMappingNode root, SiteFolder site)
    {
        var node = YamlNodeReader.Find(root, Key);
        if (node is null) return config;
        if (node is not YamlMappingNode { Children.Count: > 0 } map)
        {
            reader.Error(node, DiagnosticCodes.LanguagesInvalid,
                "languages is a mapping from each language's code to its settings, the default first, such as 'languages: { en: {}, ko: { title: ... } }'");
            return null;
        }
        var before = reader.Diagnostics.Count;
        var settings = new List<LanguageSettings>();
        foreach (var (code, codeNode, value) in YamlNodeReader.Entries(map))
        {
            if (Read(reader, code, codeNode, value, config.Timeline) is { } language) settings.Add(language);
        }
        foreach (var duplicate in settings.GroupBy(s => s.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var again in duplicate.Skip(1))
            {
                reader.Error(again.CodeNode, DiagnosticCodes.LanguagesInvalid,
                    $"the language '{again.Code}' is listed twice (as '{duplicate.First().Code}' at line {duplicate.First().CodeNode.Start.Line}): list each language once");
            }
        }
        foreach (var language in settings.Skip(1))
        {
            // The folder of a language's trees would be the folder of an episode's tree.
            if (config.Timeline.TryGetLevel(FolderName(language.Code), out _))
            {
                reader.Error(language.CodeNode, DiagnosticCodes.LanguagesInvalid,
                    $"the language '{language.Code}' would write its pages under '/{FolderName(language.Code)}/', which is an episode's folder: rename the episode's id");
            }
        }
        var configs = new List<SiteConfig>();
        foreach (var (language, index) in settings.Select((language, index) => (language, index)))
        {
            var words = index == 0 ? config.Words : LanguageTableLoader.Load(language.Code, reader.PositionOf(language.CodeNode), site, reader.Diagnostics);
            if (words is null) continue;
            var titles = language.EpisodeTitles.ToDictionary(e => e.Id, e => e.Title, StringComparer.OrdinalIgnoreCase);
            // An episode the language gives no title keeps its title from 'series:', as the show itself is called.
            var episodes = config.Timeline.Checkpoints.Skip(1).Select(c => c.Episode! with { Title = titles.TryGetValue(c.Episode!.Id, out var title) ? title : c.Episode.Title });
            configs.Add(config with
            {
                Title = language.Title ?? config.Title,
                Description = language.Description ?? config.Description,
                Language = language.Code,
                SeriesTitle = language.SeriesTitle ?? config.SeriesTitle,
                Timeline = new Timeline(episodes),
                Words = language.Name is { } name ? words.Named(name) : words,
                LanguageFolder = index == 0 ? "" : FolderName(language.Code) + "/",
            });
        }
        if (reader.Diagnostics.Count > before || configs.Count != settings.Count) return null;
        return configs[0] with { Translations = configs.Skip(1).ToList() };
    }

    /// <summary>The output folder of a language: its code in lower case, as Hugo names it.</summary>
    public static string FolderName(string code) => code.ToLowerInvariant();

    private static LanguageSettings? Read(YamlNodeReader reader, string code, YamlNode codeNode, YamlNode value, Timeline timeline)
    {
        if (!LanguageTableLoader.IsLanguageTag(code))
        {
            reader.Error(codeNode, DiagnosticCodes.LanguageUnknown, $"'{code}' is not a language code: write a BCP 47 tag such as 'en', 'ko' or 'pt-BR'");
            return null;
        }
        // 'en:' with nothing after it is the language with every setting left as the top level has it.
        if (value is YamlScalarNode { Value: null or "" or "~" or "null" }) return new LanguageSettings(code, codeNode, null, null, null, null, []);
        if (value is not YamlMappingNode settings)
        {
            reader.Error(value, DiagnosticCodes.LanguagesInvalid, $"the settings of '{code}' are a mapping with any of: {string.Join(", ", LanguageKeys)}");
            return null;
        }
        foreach (var (key, keyNode, _) in YamlNodeReader.Entries(settings).Where(entry => !LanguageKeys.Contains(entry.Key)))
        {
            reader.Error(keyNode, KeySuggestions.UnknownKeyMessage(key, $"the language '{code}'", LanguageKeys));
        }
        var name = reader.String(YamlNodeReader.Find(settings, "name"), "the language's name");
        var title = reader.String(YamlNodeReader.Find(settings, "title"), "the site title");
        var description = reader.String(YamlNodeReader.Find(settings, "description"), "the description");
        string? seriesTitle = null;
        var episodeTitles = new List<(string, YamlNode, string)>();
        if (YamlNodeReader.Find(settings, "series") is { } seriesNode)
        {
            if (seriesNode is not YamlMappingNode series)
            {
                reader.Error(seriesNode, DiagnosticCodes.LanguagesInvalid, "a language's series is a mapping with 'title:' and 'episodes:' (each episode's id and its title)");
                return null;
            }
            ReportUnknown(reader, series, $"the series of '{code}'", ["title", "episodes"]);
            seriesTitle = reader.String(YamlNodeReader.Find(series, "title"), "the series title");
            if (YamlNodeReader.Find(series, "episodes") is { } episodesNode)
            {
                if (episodesNode is not YamlMappingNode episodes)
                {
                    reader.Error(episodesNode, DiagnosticCodes.LanguagesInvalid, "a language's episodes are a mapping from each episode's id to its title, such as 's01e01: 1화 제목'");
                    return null;
                }
                foreach (var (id, idNode, titleNode) in YamlNodeReader.Entries(episodes))
                {
                    if (!timeline.TryGetLevel(id, out _))
                    {
                        reader.Error(idNode, DiagnosticCodes.LanguageEpisodeUnknown, $"'{id}' is not an episode of the series; {timeline.DescribeKnownIds()}");
                        continue;
                    }
                    if (reader.String(titleNode, "the episode title") is { Length: > 0 } episodeTitle) episodeTitles.Add((id, idNode, episodeTitle));
                }
            }
        }
        return new LanguageSettings(code, codeNode, name, title, description, seriesTitle, episodeTitles);
    }

    private static void ReportUnknown(YamlNodeReader reader, YamlMappingNode map, string where, string[] known)
    {
        foreach (var (key, keyNode, _) in YamlNodeReader.Entries(map).Where(entry => !known.Contains(entry.Key)))
        {
            reader.Error(keyNode, KeySuggestions.UnknownKeyMessage(key, where, known));
        }
    }
}
