namespace SpoilerGen.Render.Views;

/// <summary>
/// A link to one language of the site or of the page (<c>site.languages</c>, <c>page.translations</c>): the
/// language's code (for <c>hreflang</c> and <c>lang</c>), its name in itself, the URL (and the absolute one, for
/// <c>link rel="alternate"</c>), whether it is the
/// language being read, and its writing direction.
/// </summary>
public sealed record LanguageLinkView(string Code, string Name, string Url, string AbsoluteUrl, bool IsCurrent, string Direction = "ltr");
