using SpoilerGen.Model;
using SpoilerGen.Render.Views;

namespace SpoilerGen.Render;

/// <summary>
/// Groups a checkpoint list by season, for the chooser of a series with several seasons. "Not started"
/// belongs to no season and is left out; a series of one season gets one group.
/// </summary>
public static class SeasonGroups
{
    public static SeasonView[] For(Timeline timeline, IReadOnlyList<CheckpointView> checkpoints, CheckpointLabels labels) =>
        [.. checkpoints
            .Where(checkpoint => timeline.Checkpoints[checkpoint.Index].Episode is not null)
            .GroupBy(checkpoint => timeline.Checkpoints[checkpoint.Index].Episode!.SeasonNumber)
            .Select(season => new SeasonView(season.Key, labels.Season(season.Key), [.. season]))];
}
