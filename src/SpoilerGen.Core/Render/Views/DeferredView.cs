namespace SpoilerGen.Render.Views;

/// <summary>A template variable made only if a template reads it: one whose making costs more than most templates are worth.</summary>
public sealed record DeferredView(Func<object?> Make);
