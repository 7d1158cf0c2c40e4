namespace SpoilerGen.Render.Views;

/// <summary>One season's episodes in the chooser, under a heading such as "Season 2".</summary>
public sealed record SeasonView(int Number, string Label, CheckpointView[] Checkpoints);
