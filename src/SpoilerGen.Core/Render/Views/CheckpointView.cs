namespace SpoilerGen.Render.Views;

/// <summary>
/// One checkpoint in the "change episode" list; its label holds an episode title only where that is safe.
/// <see cref="ShortLabel"/> is the label under its season's heading ("Episode 3", never a title).
/// </summary>
public sealed record CheckpointView(int Index, string? EpisodeId, string Label, string TreeUrl, bool IsCurrent, string PageUrl, string ShortLabel);
