using System.Text;
using Scriban;
using Scriban.Runtime;
using SpoilerGen.Build;
using SpoilerGen.Model;

namespace SpoilerGen.Scaffold;

/// <summary>
/// <c>spoilergen new</c>: writes a new guide from the files embedded under <c>Scaffold/Guide/</c>. A file
/// ending in <c>.scriban</c> is a Scriban template given the show's title, seasons and episodes; a path
/// holding <c>EPISODE</c> is written once per episode; a segment starting with <c>dot-</c> starts with a
/// dot in the guide (<c>.gitignore</c>, <c>.github/</c>, <c>.config/</c>), so that this repository's git and CI leave those
/// files alone. Every other file is copied as it is.
/// </summary>
public static class GuideScaffold
{
    private const string ResourcePrefix = "scaffold/";
    private const string TemplateSuffix = ".scriban";
    private const string EpisodePlaceholder = "EPISODE";
    private const string DotPrefix = "dot-";

    public static ScaffoldResult Create(string folder, ScaffoldOptions options)
    {
        if (options.Problem is { } problem) return ScaffoldResult.Refused(folder, problem);
        if (File.Exists(folder)) return ScaffoldResult.Refused(folder, $"'{folder}' is a file; give a new or empty folder");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return ScaffoldResult.Refused(folder, $"the folder '{folder}' is not empty; give a new or empty folder, so that nothing of yours is overwritten");
        }
        return FileSetWriter.Write(folder, Files(options));
    }

    /// <summary>Every file of the new guide, by its path inside it.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files(ScaffoldOptions options)
    {
        var seasons = Seasons(options.EpisodeCounts);
        var episodes = seasons.SelectMany(season => season.Episodes).ToList();
        var globals = new ScriptObject
        {
            ["series_title"] = options.SeriesTitle.Trim(),
            // A title may hold ':' or '#', which YAML reads as its own: the YAML files get it double-quoted.
            ["series_title_yaml"] = YamlQuoted(options.SeriesTitle.Trim()),
            ["site_title_yaml"] = YamlQuoted(options.SeriesTitle.Trim() + ScaffoldOptions.SiteTitleSuffix),
            // .config/dotnet-tools.json pins the version that wrote the guide, for its workflow's `dotnet tool restore`.
            ["tool_version"] = SiteBuilder.Version,
            ["seasons"] = new ScriptArray(seasons.Select(ScriptValue)),
            ["episodes"] = new ScriptArray(episodes.Select(ScriptValue)),
            // The character page's markup: one early, one middle and the last episode, so that each kind shows at its own level.
            ["early"] = ScriptValue(episodes[Math.Max(0, (int)Math.Round(episodes.Count * 0.25) - 1)]),
            ["middle"] = ScriptValue(episodes[(episodes.Count - 1) / 2]),
            ["late"] = ScriptValue(episodes[^1]),
        };

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (resourcePath, content) in EmbeddedFiles.Under(ResourcePrefix))
        {
            var path = string.Join('/', resourcePath.Split('/').Select(segment => segment.StartsWith(DotPrefix, StringComparison.Ordinal) ? "." + segment[DotPrefix.Length..] : segment));
            if (!path.EndsWith(TemplateSuffix, StringComparison.Ordinal))
            {
                files[path] = content;
                continue;
            }
            var template = Template.Parse(Encoding.UTF8.GetString(content), resourcePath);
            if (template.HasErrors) throw new InvalidOperationException($"scaffold template {resourcePath}: {string.Join("; ", template.Messages)}");
            path = path[..^TemplateSuffix.Length];
            if (!path.Contains(EpisodePlaceholder, StringComparison.Ordinal))
            {
                files[path] = Render(template, globals, episode: null);
                continue;
            }
            foreach (var episode in episodes) files[path.Replace(EpisodePlaceholder, episode.Id, StringComparison.Ordinal)] = Render(template, globals, episode);
        }
        return files;
    }

    private static byte[] Render(Template template, ScriptObject globals, ScaffoldEpisode? episode)
    {
        var context = new TemplateContext { StrictVariables = true, EnableRelaxedMemberAccess = false };
        // Scriban's default of 1,000 loop iterations is less than two seasons of 500 episodes: the render's limits hold here too.
        SpoilerGen.Render.Templates.TemplateLimits.Apply(context);
        context.PushGlobal(globals);
        context.PushGlobal(new ScriptObject { ["episode"] = episode is null ? null : ScriptValue(episode) });
        return Encoding.UTF8.GetBytes(template.Render(context));
    }

    // Templates read ScriptObjects, never records: Scriban would read a record by reflection, which the native build lacks.
    private static ScriptObject ScriptValue(ScaffoldEpisode episode) => new(5)
    {
        ["id"] = episode.Id,
        ["index"] = episode.Index,
        ["season"] = episode.Season,
        ["number"] = episode.Number,
        ["label"] = episode.Label,
    };

    private static ScriptObject ScriptValue(ScaffoldSeason season) => new(2)
    {
        ["number"] = season.Number,
        ["episodes"] = new ScriptArray(season.Episodes.Select(ScriptValue)),
    };

    private static string YamlQuoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static List<ScaffoldSeason> Seasons(IReadOnlyList<int> counts)
    {
        var episodes = counts.SelectMany((count, season) => Enumerable.Range(1, count).Select(number => new Episode($"s{season + 1:00}e{number:00}", season + 1, number, null))).ToList();
        var timeline = new Timeline(episodes);
        return [.. timeline.Checkpoints.Skip(1)
            .Select(checkpoint => new ScaffoldEpisode(checkpoint.EpisodeId!, checkpoint.Index, checkpoint.Episode!.SeasonNumber, checkpoint.Episode.NumberInSeason, checkpoint.SpoilerFreeLabel))
            .GroupBy(episode => episode.Season)
            .Select(season => new ScaffoldSeason(season.Key, [.. season]))];
    }
}
