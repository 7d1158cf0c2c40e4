namespace SpoilerGen.Render.Views;

/// <summary>One checkpoint in the "change episode" list; its label holds an episode title only where that is safe.</summary>
public sealed record CheckpointView(int Index, string? EpisodeId, string Label, string TreeUrl, bool IsCurrent, string PageUrl);
