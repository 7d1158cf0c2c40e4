using System.Collections.Immutable;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Check.Reports;

/// <summary>What each diagnostic code means, in a line: the rules a SARIF report lists, as the README's diagnostics table says them.</summary>
public static class DiagnosticRules
{
    public static ImmutableDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        [DiagnosticCodes.ConfigMissing] = "The config, spoilergen.yml, is missing.",
        [DiagnosticCodes.ConfigSyntax] = "The config is not valid YAML.",
        [DiagnosticCodes.ConfigInvalid] = "The config has a wrong value.",
        [DiagnosticCodes.FrontMatterSyntax] = "Front matter is not valid YAML.",
        [DiagnosticCodes.FrontMatterInvalid] = "Front matter has a wrong value.",
        [DiagnosticCodes.UnknownEpisode] = "An unknown episode id, in front matter or markup.",
        [DiagnosticCodes.MissingTitle] = "A page has no title at a checkpoint where it exists.",
        [DiagnosticCodes.YamlAliasCycle] = "A YAML alias inside the node it names, which would never end.",
        [DiagnosticCodes.YamlAliasExpansionTooLarge] = "YAML aliases that expand to more than 100,000 values.",
        [DiagnosticCodes.YamlNestingTooDeep] = "YAML nested deeper than 1,000 levels.",
        [DiagnosticCodes.FileNameCollision] = "Two files of the site whose names differ only in Unicode normalization or in case.",
        [DiagnosticCodes.FrontMatterValueTooLong] = "A front matter title (or another value) over 4,096 characters, or a summary over 16,384: each is repeated into every tree and list.",
        [DiagnosticCodes.ConfigValueTooLong] = "A config value over 4,096 characters (a description over 16,384): titles are repeated into every page of every tree.",
        [DiagnosticCodes.NameTooLong] = "A slug, tag, file or folder name that makes an output folder name longer than 255 bytes.",
        [DiagnosticCodes.MalformedSpoilerMarkup] = "Malformed spoiler markup.",
        [DiagnosticCodes.UnclosedSpoilerBlock] = "A spoiler block that is never closed with ':::'.",
        [DiagnosticCodes.RawHtmlNotAllowed] = "Raw HTML in Markdown, which is off unless the config says 'markup: { raw_html: true }'.",
        [DiagnosticCodes.ForeignContainer] = "Another tool's container (':::tip'): SpoilerGen has no such container.",
        [DiagnosticCodes.ForeignSpoilerSyntax] = "Another tool's spoiler syntax (Reddit, Discord, BBCode, callouts, HTML …), which SpoilerGen would publish as text.",
        [DiagnosticCodes.AmbiguousEpisodeInBraces] = "An episode id alone in braces where an attribute goes, which SpoilerGen does not read as spoiler markup.",
        [DiagnosticCodes.TableTooLarge] = "The tables of a page hold more than 100,000 cells.",
        [DiagnosticCodes.SiteRootedPathLeavesSite] = "A site-rooted link or image whose '..' climbs above the site's root.",
        [DiagnosticCodes.RawHtmlIdIsHeadingId] = "Raw HTML that writes the id of one of the page's headings.",
        [DiagnosticCodes.RawHtmlLinkToLaterHeading] = "A link in raw HTML to a heading of the page shown later than the HTML.",
        [DiagnosticCodes.LinkTargetMissing] = "A link to a Markdown file that does not exist, or to a draft.",
        [DiagnosticCodes.LinkTargetNotYetShown] = "A link shown before its target page exists.",
        [DiagnosticCodes.DuplicateUrl] = "Two pages have the same URL.",
        [DiagnosticCodes.TemplateSyntax] = "A template does not parse.",
        [DiagnosticCodes.TemplateRender] = "A template fails while rendering, for example naming a variable or member that does not exist.",
        [DiagnosticCodes.OutputFolderRefused] = "The output folder is refused.",
        [DiagnosticCodes.PossibleUnmarkedSpoiler] = "A name marked as a spoiler of a later episode elsewhere is shown here unmarked.",
        [DiagnosticCodes.LinkToSiteUrl] = "A link to a folder or URL inside the site instead of a Markdown file.",
        [DiagnosticCodes.TranslationKeyMissing] = "A key the theme or SpoilerGen asks for has no words in the site's language.",
        [DiagnosticCodes.TranslationFileInvalid] = "A translation table (i18n/LANG.yml) has a wrong value.",
        [DiagnosticCodes.LanguageUnknown] = "The site's language is not a language code, or has neither a built-in table nor i18n/LANG.yml.",
    }.ToImmutableDictionary(StringComparer.Ordinal);
}
