using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load.Configuration;
using SpoilerGen.Load.Jail;
using SpoilerGen.Load.Sources;
using SpoilerGen.Load.Yaml;
using SpoilerGen.Model;
using SpoilerGen.Translation;
using YamlDotNet.RepresentationModel;

namespace SpoilerGen.Load;

/// <summary>Reads <c>spoilergen.yml</c> into a <see cref="SiteConfig"/>, reporting every problem in it.</summary>
public static partial class ConfigLoader
{
    public const string FileName = "spoilergen.yml";

    /// <summary>Names that an episode id may not take, because the tree folders would collide with the site's own.</summary>
    private static readonly HashSet<string> ReservedIds = new(StringComparer.OrdinalIgnoreCase) { "start", "assets", "static", "search", "feeds", "tags" };

    // Bounded as a phrase reads it (SpoilerInlineParser.MaximumIdLength); an id is also a folder's name.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex EpisodeIdPattern();

    /// <summary>Ids that name a season and an episode: <c>s01e04</c>, <c>1x04</c>.</summary>
    [GeneratedRegex("^s(?<season>[0-9]{1,4})-?e(?<episode>[0-9]{1,4})$|^(?<season>[0-9]{1,4})x(?<episode>[0-9]{1,4})$")]
    private static partial Regex SeasonEpisodeIdPattern();

    /// <summary>Ids that name an episode's number only: <c>4</c>, <c>e04</c>, <c>ep4</c>, <c>episode-4</c>.</summary>
    [GeneratedRegex("^(?:e|ep|episode-?)?(?<episode>[0-9]{1,4})$")]
    private static partial Regex EpisodeNumberIdPattern();

    public static SiteConfig? Load(string siteRoot, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(siteRoot, FileName);
        var displayPath = DisplayPath.For(path);
        var file = new SiteFolder(siteRoot).File(FileName, diagnostics, out var exists);
        if (!exists)
        {
            diagnostics.Error(SourcePosition.StartOf(displayPath), DiagnosticCodes.ConfigMissing,
                $"no {FileName} in '{siteRoot}': a SpoilerGen site has its config at its root");
            return null;
        }
        if (file is null || SourceText.Read(file, diagnostics) is not { } text) return null;
        if (YamlMappingFile.Read(text, displayPath, diagnostics, DiagnosticCodes.ConfigSyntax, DiagnosticCodes.ConfigInvalid,
            "the config must be a YAML mapping (key: value lines)", cancellationToken: cancellationToken) is not { } root) return null;

        var reader = new YamlNodeReader(displayPath, 0, diagnostics, DiagnosticCodes.ConfigInvalid);
        ReportUnknownKeys(reader, root, "the config", ["title", "description", "base_url", "language", LanguagesReader.Key, "series", "checkpoints", ThemeSettingsReader.Key, .. AuthoringSettingsReader.Keys]);
        ReportMarkupLookalikes(reader, root);
        var title = reader.RequiredString(root, "title", "the site title");
        var description = reader.String(YamlNodeReader.Find(root, "description"), "the description");
        var languageNode = YamlNodeReader.Find(root, "language");
        var language = LanguagesReader.DefaultLanguage(reader, root, languageNode) ?? reader.String(languageNode, "the language") ?? "en";
        var languagePosition = YamlNodeReader.Find(root, LanguagesReader.Key) is YamlMappingNode { Children.Count: > 0 } languages ? reader.PositionOf(languages.Children[0].Key)
            : languageNode is null ? SourcePosition.StartOf(displayPath) : reader.PositionOf(languageNode);
        // Listed once, for names that collide on a macOS or Windows checkout ('en.yml', 'EN.yml'): each language reads its file by name.
        new SiteFolder(siteRoot).Files(LanguageTableLoader.FolderName, diagnostics);
        var words = LanguageTableLoader.Load(language, languagePosition, new SiteFolder(siteRoot), diagnostics);
        var baseUrl = ReadBaseUrl(reader, root);
        var (seriesTitle, episodes) = ReadSeries(reader, root);
        var theme = ThemeSettingsReader.Read(reader, root, new SiteFolder(siteRoot));
        var authoring = AuthoringSettingsReader.Read(reader, root);

        if (title is null || baseUrl is null || episodes is null || words is null) return null;
        var timeline = new Timeline(episodes);
        var checkpoints = ReadCheckpoints(reader, root, timeline, out var checkpointsValid);
        if (!checkpointsValid) return null;
        var config = new SiteConfig(title, description, language, baseUrl, seriesTitle ?? title, timeline)
        {
            Checkpoints = checkpoints, Theme = theme, Authoring = authoring, Words = words,
            BaseUrlPosition = YamlNodeReader.Find(root, "base_url") is { } baseUrlNode ? reader.PositionOf(baseUrlNode) : null,
        };
        return LanguagesReader.Apply(config, reader, root, new SiteFolder(siteRoot));
    }

    private static Uri? ReadBaseUrl(YamlNodeReader reader, YamlMappingNode root)
    {
        var node = YamlNodeReader.Find(root, "base_url");
        var text = reader.String(node, "base_url") ?? "/";
        if (TryParseBaseUrl(text, out var url)) return url;
        var character = text.FirstOrDefault(IsNotAllowedInUrl);
        reader.Error(node ?? root, text.StartsWith("http", StringComparison.OrdinalIgnoreCase) && HostProblem(text) is { } hostProblem
            ? $"base_url '{text}' {hostProblem}"
            : HasEncodedSeparator(text)
            ? $"base_url '{text}' holds a percent-encoded '/', '\\' or dot segment ('%2f', '%5c', '%2e%2e'), which a browser or server would read as another path; write the path itself"
            : character != '\0'
                ? $"base_url '{text}' holds '{character}', which no URL may hold as it is (a sitemap or feed would be invalid); write it percent-encoded, as in '%{(int)character:X2}'"
                : $"base_url '{text}' is not an absolute http(s) URL or a path starting with '/'");
        return null;
    }

    /// <summary>
    /// Accepts an absolute http(s) URL or a bare path (for a site that is only ever served locally);
    /// either way the result ends in '/', so that page paths can be appended to it.
    /// </summary>
    public static bool TryParseBaseUrl(string text, out Uri url)
    {
        url = null!;
        // A URL parser reads '\' as '/': '/\evil.com/' would become the protocol-relative '//evil.com/' in every page.
        if (text.Contains('\\') || HasEncodedSeparator(text)) return false;
        if (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal))
        {
            // Only ever a path: every link made from it is relative, and percent-encoded.
            text = "http://" + SiteConfig.PathOnlyHost + text;
        }
        else if (text.Any(IsNotAllowedInUrl))
        {
            return false;
        }
        if (!text.EndsWith('/')) text += "/";
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(parsed.Query) && string.IsNullOrEmpty(parsed.Fragment)
            // A user name or password would be written into every page, feed and sitemap.
            && string.IsNullOrEmpty(parsed.UserInfo)
            // A path that starts with '//' names another host to a browser.
            && !parsed.AbsolutePath.StartsWith("//", StringComparison.Ordinal))
        {
            if (HostProblem(text) is not null) return false;
            url = ToUri(parsed);
            return true;
        }
        return false;
    }

    /// <summary>
    /// The base URL as a URI, the way Hugo writes one: an international host in punycode
    /// (<c>exämple.org</c> is <c>xn--exmple-cua.org</c>), the path percent-encoded in UTF-8. Every URL the site
    /// writes starts with it (links, feeds, sitemaps, canonical links, share previews, search), so none carries
    /// raw letters, which a sitemap may not hold.
    /// </summary>
    private static Uri ToUri(Uri parsed)
    {
        var host = Ascii.IsValid(parsed.Host) ? parsed.Host : new IdnMapping().GetAscii(parsed.Host);
        var port = parsed.IsDefaultPort ? "" : ":" + parsed.Port.ToString(CultureInfo.InvariantCulture);
        return new Uri($"{parsed.Scheme}://{host}{port}{parsed.AbsolutePath}", UriKind.Absolute);
    }

    /// <summary>
    /// What is wrong with the international host of a base URL, as written, or null. A host in another form than the one
    /// browsers show (accents composed, ordinary letters) is refused rather than mapped: ICU maps it and .NET's invariant
    /// globalization (the tool's) does not, so mapping it would make the site's URLs depend on how .NET is run. Letters
    /// are lower-cased, which both do alike.
    /// </summary>
    private static string? HostProblem(string text)
    {
        var start = text.IndexOf("://", StringComparison.Ordinal);
        if (start < 0) return null;
        start += 3;
        var end = text.IndexOfAny(['/', '?', '#'], start);
        var host = text[start..(end < 0 ? text.Length : end)];
        // A port, or an IPv6 address in brackets: ASCII either way.
        if (host.LastIndexOf(':') is var colon and >= 0 && !host.StartsWith('[')) host = host[..colon];
        host = host.ToLowerInvariant();
        if (Ascii.IsValid(host)) return null;
        // Full-width letters are mapped to ASCII by ICU and kept by invariant globalization: refused, not mapped two ways.
        if (host.Any(character => character is >= '\uFF00' and <= '\uFFEF')) return $"has full-width or half-width characters in its host '{host}': write the host in ordinary letters";
        if (Text.CanonicalDecomposition.HasSeparatedAccent(host)) return $"has a letter and its accent written as two characters in its host '{host}' (as macOS writes names): write each accented letter as one character";
        try
        {
            var mapping = new IdnMapping();
            var ascii = mapping.GetAscii(host);
            var back = mapping.GetUnicode(ascii);
            return back == host ? null : $"has a host '{host}' that is not in the form browsers show: write it '{back}'";
        }
        catch (ArgumentException)
        {
            return $"has a host '{host}' that is not an international domain name (each label at most 63 characters in punycode, no symbols)";
        }
    }

    /// <summary>
    /// ASCII characters RFC 3986 never allows in a URL as they are. Absolute URLs (sitemap, feed, canonical, share tags)
    /// are an absolute base URL with a path appended, so one of these would make every one of them invalid: refused,
    /// rather than encoded in some places and not others. So are white space, control characters and invisible format
    /// characters (a right-to-left override, a zero-width space), which would be published raw in some of those URLs and
    /// make a link read otherwise than it goes. A base URL that is only a path makes relative links only, each
    /// percent-encoded, so '/my guide/' is kept.
    /// </summary>
    private static bool IsNotAllowedInUrl(char character) =>
        character is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`'
        || char.IsWhiteSpace(character) || char.IsControl(character)
        || char.GetUnicodeCategory(character) == System.Globalization.UnicodeCategory.Format;

    /// <summary>
    /// A percent-encoded slash or backslash, or a dot segment written with '%2e': a URL parser decodes the dots
    /// and drops the segment ('/%2e%2e/' was read as '/'), and a server may decode either; what the author wrote
    /// would not be the path the pages are linked under.
    /// </summary>
    private static bool HasEncodedSeparator(string text)
    {
        if (text.Contains("%2f", StringComparison.OrdinalIgnoreCase) || text.Contains("%5c", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var segment in text.Split('/'))
        {
            if (!segment.Contains('%')) continue;
            var decoded = segment.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase);
            if (decoded is "." or "..") return true;
        }
        return false;
    }

    /// <summary>A misspelt key would be ignored without a word, so every unknown key is an error with a suggestion.</summary>
    private static void ReportUnknownKeys(YamlNodeReader reader, YamlMappingNode map, string where, string[] known)
    {
        foreach (var (key, keyNode, _) in YamlNodeReader.Entries(map).Where(entry => !known.Contains(entry.Key)))
        {
            reader.Error(keyNode, YamlNodeReader.ComplexKeyMessage(keyNode, where) ?? KeySuggestions.UnknownKeyMessage(key, where, known));
        }
    }

    /// <summary>
    /// The config is never read as Markdown: spoiler markup in a value would be printed as it is. Its titles are repeated
    /// into every page of every tree, as a page's are, and are refused past the same length (an 8 MB site title took
    /// gigabytes, as an 8 MB page title did); the description may be as long as a page's summary.
    /// </summary>
    private static void ReportMarkupLookalikes(YamlNodeReader reader, YamlNode root)
    {
        // A stack of its own: YAML may nest deeper than the call stack.
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case YamlScalarNode { Value: { } text } scalar when text.Length > MaximumLengthOf(root, scalar):
                    reader.Error(scalar, DiagnosticCodes.ConfigValueTooLong,
                        $"this value is {text.Length:N0} characters long, more than the {MaximumLengthOf(root, scalar):N0} the config may hold in one value; shorten it");
                    break;
                case YamlScalarNode scalar when Markup.Checks.SpoilerMarkupLookalike.Find(scalar.Value) is { } found:
                    reader.Error(scalar, found.Code, found.Message("the config") +
                        "; the config never holds spoiler markup (an episode's title is already shown only from that episode on)");
                    break;
                case YamlMappingNode map:
                    foreach (var (_, _, value) in YamlNodeReader.Entries(map)) pending.Push(value);
                    break;
                case YamlSequenceNode list:
                    foreach (var item in list.Children) pending.Push(item);
                    break;
            }
        }
    }

    private static int MaximumLengthOf(YamlNode root, YamlScalarNode scalar) =>
        root is YamlMappingNode map && ReferenceEquals(YamlNodeReader.Find(map, "description"), scalar) ? FrontMatterParser.MaximumSummaryLength : FrontMatterParser.MaximumValueLength;

    /// <summary>
    /// <c>checkpoints:</c> a list of episode ids, or <c>seasons</c> for the last episode of each season: the only
    /// checkpoints, besides "not started" and the last episode, that get a tree of their own.
    /// </summary>
    private static IReadOnlyList<int>? ReadCheckpoints(YamlNodeReader reader, YamlMappingNode root, Timeline timeline, out bool valid)
    {
        valid = true;
        var node = YamlNodeReader.Find(root, "checkpoints");
        if (node is null) return null;
        var levels = new SortedSet<int> { 0, timeline.LastIndex };
        if (node is YamlScalarNode { Value: "seasons" })
        {
            foreach (var season in timeline.Checkpoints.Where(c => c.Episode is not null).GroupBy(c => c.Episode!.SeasonNumber)) levels.Add(season.Max(c => c.Index));
            return [.. levels];
        }
        if (node is not YamlSequenceNode list)
        {
            reader.Error(node, "checkpoints is a list of episode ids, such as [s01e06, s01e12], or the word seasons");
            valid = false;
            return null;
        }
        foreach (var item in list.Children)
        {
            var id = reader.String(item, "an episode id");
            if (id is not null && timeline.TryGetLevel(id, out var level)) levels.Add(level);
            else
            {
                reader.Error(item, $"checkpoints: '{id}' is not an episode of the series; {timeline.DescribeKnownIds()}");
                valid = false;
            }
        }
        return [.. levels];
    }

    /// <summary>
    /// The list's order is the order readers reach episodes in, and its labels ("Season 2, Episode 1") come from
    /// the season numbers: a season listed before a lower-numbered one would label a later tree as an earlier one.
    /// </summary>
    /// <returns>False when reported.</returns>
    private static bool ReportSeasonOutOfOrder(YamlNodeReader reader, YamlNode numberNode, int seasonNumber, int previousSeason)
    {
        if (seasonNumber >= previousSeason) return true;
        reader.Error(numberNode, DiagnosticCodes.SeasonsOutOfOrder,
            $"season {seasonNumber} is listed after season {previousSeason}: list seasons in the order of their numbers, which is the order readers watch them in");
        return false;
    }

    /// <summary>
    /// An id that names a season and an episode (<c>s01e04</c>), or an episode's number, must stand at that place:
    /// a reader who picks "Episode 3" must never get the tree of what is marked with an id that says episode 4.
    /// A bare number may count within its season or across the series.
    /// </summary>
    /// <returns>False when reported.</returns>
    private static bool ReportIdOutOfPlace(YamlNodeReader reader, YamlNode idNode, string id, int seasonNumber, int numberInSeason, int numberInSeries)
    {
        if (SeasonEpisodeIdPattern().Match(id) is { Success: true } full)
        {
            var season = int.Parse(full.Groups["season"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var episode = int.Parse(full.Groups["episode"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (season == seasonNumber && episode == numberInSeason) return true;
            reader.Error(idNode, DiagnosticCodes.EpisodeIdOutOfPlace,
                $"episode id '{id}' names season {season}, episode {episode}, but it is listed as season {seasonNumber}, episode {numberInSeason}: move it to its place in the list (the list's order is the viewing order) or give it the id of its place");
            return false;
        }
        if (EpisodeNumberIdPattern().Match(id) is { Success: true } number)
        {
            var episode = int.Parse(number.Groups["episode"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (episode == numberInSeason || episode == numberInSeries) return true;
            reader.Error(idNode, DiagnosticCodes.EpisodeIdOutOfPlace,
                $"episode id '{id}' names episode {episode}, but it is listed as episode {numberInSeason} of season {seasonNumber} ({numberInSeries} in the series): move it to its place in the list or give it the id of its place");
            return false;
        }
        return true;
    }

    private static (string? SeriesTitle, List<Episode>? Episodes) ReadSeries(YamlNodeReader reader, YamlMappingNode root)
    {
        if (YamlNodeReader.Find(root, "series") is not YamlMappingNode series)
        {
            reader.Error(YamlNodeReader.Find(root, "series") ?? root, "the config needs a 'series:' mapping with its seasons and episodes");
            return (null, null);
        }
        ReportUnknownKeys(reader, series, "'series'", ["title", "seasons"]);
        var seriesTitle = reader.String(YamlNodeReader.Find(series, "title"), "the series title");
        if (YamlNodeReader.Find(series, "seasons") is not YamlSequenceNode seasons || seasons.Children.Count == 0)
        {
            reader.Error(YamlNodeReader.Find(series, "seasons") ?? series, "the series needs a 'seasons:' list, each season with its 'episodes:'");
            return (seriesTitle, null);
        }

        var episodes = new List<Episode>();
        var firstUse = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        var valid = true;
        var seasonNumbers = new HashSet<int>();
        var previousSeason = 0;
        foreach (var (seasonNode, seasonIndex) in seasons.Children.Select((node, i) => (node, i)))
        {
            if (seasonNode is not YamlMappingNode season)
            {
                reader.Error(seasonNode, "a season is a mapping with 'number:' and 'episodes:'");
                valid = false;
                continue;
            }
            ReportUnknownKeys(reader, season, "a season", ["number", "episodes"]);
            var seasonNumber = reader.Integer(YamlNodeReader.Find(season, "number"), "the season number") ?? seasonIndex + 1;
            var numberNode = YamlNodeReader.Find(season, "number") ?? season;
            // Labels such as "Season 2, Episode 3" are all that readers see before an episode: two seasons with one
            // number would give two episodes one label.
            if (seasonNumber < 1)
            {
                reader.Error(numberNode, $"the season number {seasonNumber} must be 1 or more");
                valid = false;
            }
            else if (!seasonNumbers.Add(seasonNumber))
            {
                reader.Error(numberNode, $"season {seasonNumber} is listed twice; give each season its own number");
                valid = false;
            }
            else if (!ReportSeasonOutOfOrder(reader, numberNode, seasonNumber, previousSeason)) valid = false;
            previousSeason = Math.Max(previousSeason, seasonNumber);
            if (YamlNodeReader.Find(season, "episodes") is not YamlSequenceNode { Children.Count: > 0 } episodeList)
            {
                reader.Error(YamlNodeReader.Find(season, "episodes") ?? season, "a season needs an 'episodes:' list with at least one episode");
                valid = false;
                continue;
            }
            var numberInSeason = 0;
            foreach (var episodeNode in episodeList.Children)
            {
                numberInSeason++;
                if (episodeNode is not YamlMappingNode episode)
                {
                    reader.Error(episodeNode, "an episode is a mapping with 'id:' and, optionally, 'title:'");
                    valid = false;
                    continue;
                }
                ReportUnknownKeys(reader, episode, "an episode", ["id", "title"]);
                var id = reader.RequiredString(episode, "id", "the episode id");
                var idNode = YamlNodeReader.Find(episode, "id") ?? episode;
                if (id is null) { valid = false; continue; }
                if (!EpisodeIdPattern().IsMatch(id) || ReservedIds.Contains(id))
                {
                    reader.Error(idNode, $"episode id '{id}' must be at most 64 lower-case letters, digits and '-', and not one of: {string.Join(", ", ReservedIds.Order(StringComparer.Ordinal))}");
                    valid = false;
                }
                if (firstUse.TryGetValue(id, out var first))
                {
                    reader.Error(idNode, $"episode id '{id}' is already used at line {first.Start.Line}");
                    valid = false;
                }
                firstUse.TryAdd(id, idNode);
                if (!ReportIdOutOfPlace(reader, idNode, id, seasonNumber, numberInSeason, episodes.Count + 1)) valid = false;
                var title = reader.String(YamlNodeReader.Find(episode, "title"), "the episode title");
                episodes.Add(new Episode(id, seasonNumber, numberInSeason, string.IsNullOrWhiteSpace(title) ? null : title));
            }
        }
        return (seriesTitle, valid ? episodes : null);
    }
}
