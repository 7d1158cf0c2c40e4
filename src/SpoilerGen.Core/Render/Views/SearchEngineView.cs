namespace SpoilerGen.Render.Views;

/// <summary>
/// What search engines are told about a page: every form points to the spoiler-free one as canonical,
/// and only that form may be indexed, so a search result never shows a spoiler.
/// </summary>
public sealed record SearchEngineView(string CanonicalUrl, bool NoIndex, string Description);
