using System.Collections.Immutable;

namespace SpoilerGen.Model;

/// <summary>The series' checkpoints in viewing order, and the lookup from episode id to spoiler level.</summary>
public sealed class Timeline
{
    private readonly ImmutableDictionary<string, int> _levelByEpisodeId;

    public Timeline(IEnumerable<Episode> episodesInOrder)
    {
        var episodes = episodesInOrder.ToList();
        var severalSeasons = episodes.Select(e => e.SeasonNumber).Distinct().Count() > 1;
        Checkpoints = episodes
            .Select((episode, i) => new Checkpoint(i + 1, episode, severalSeasons))
            .Prepend(new Checkpoint(0, null, severalSeasons))
            .ToImmutableArray();
        _levelByEpisodeId = episodes
            .Select((episode, i) => KeyValuePair.Create(episode.Id, i + 1))
            .ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Checkpoint 0 ("not started") followed by one checkpoint per episode.</summary>
    public ImmutableArray<Checkpoint> Checkpoints { get; }

    public int LastIndex => Checkpoints.Length - 1;

    public bool TryGetLevel(string episodeId, out int level) => _levelByEpisodeId.TryGetValue(episodeId, out level);

    /// <summary>The ids an author may use, for "did you mean" style messages.</summary>
    public string DescribeKnownIds() => LastIndex switch
    {
        0 => "the config lists no episodes",
        1 => $"the only episode is '{Checkpoints[1].EpisodeId}'",
        _ => $"episodes run from '{Checkpoints[1].EpisodeId}' to '{Checkpoints[^1].EpisodeId}'",
    };
}
