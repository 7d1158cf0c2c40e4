namespace SpoilerGen.Load.Configuration;

/// <summary>
/// What an author may switch on or silence in <c>spoilergen.yml</c> beyond the site and its series:
/// raw HTML in Markdown (<c>markup: { raw_html: true }</c>) and names that <c>check</c>'s unmarked-spoiler lint
/// leaves alone (<c>check: { allow_names: [Gi-hun] }</c>).
/// </summary>
/// <param name="RawHtml">Whether raw HTML in Markdown is written out; off by default, as in Hugo, since text in it is never read as spoiler markup.</param>
/// <param name="AllowedNames">Names that are no spoiler wherever they are shown: SG0601 never warns about them.</param>
public sealed record AuthoringSettings(bool RawHtml, IReadOnlyList<string> AllowedNames)
{
    public static readonly AuthoringSettings Default = new(false, []);

    /// <summary>The config key that allows raw HTML, as messages name it.</summary>
    public const string RawHtmlKey = "markup: { raw_html: true }";
}
