using Markdig;
using SpoilerGen.Diagnostics;
using SpoilerGen.Model;
using SpoilerGen.Render.Feeds;
using SpoilerGen.Render.Incremental;
using SpoilerGen.Render.Search;
using SpoilerGen.Render.SearchEngines;
using SpoilerGen.Render.Templates;
using SpoilerGen.Render.Views;

namespace SpoilerGen.Render;

/// <summary>
/// What renders one language of the site: its model, its URLs (under its folder), its templates with its words,
/// and the writers of its trees' own files. Made once per render; each language's trees are rendered with its own.
/// </summary>
public sealed class LanguageRendering
{
    public LanguageRendering(SiteModel site, ThemeTemplates theme, MarkdownPipeline pipeline, string generatorVersion, DiagnosticBag diagnostics, RenderInputs? inputs,
        BuildClock clock, SearchTerms? knownTerms = null)
    {
        Site = site;
        Inputs = inputs;
        Urls = new SiteUrls(site.Config);
        var config = site.Config;
        var siteView = new SiteView(
            config.Title, config.Description, config.Language, Urls.BasePath, Urls.Absolute(Urls.Root),
            Urls.Asset(""), Urls.Root + SiteRenderer.LevelsFileName, Urls.Root,
            ThemeImage(config.Theme.Logo), ThemeImage(config.Theme.Hero), AccentPalette.Css(config.Theme.Accent), config.Words.Direction)
        {
            Languages = [.. site.Translations.Languages.Select(language => new LanguageLinkView(
                language.Code, language.Name, Urls.BasePath + language.Folder, Urls.Absolute(Urls.BasePath + language.Folder), language.Code == config.Language, language.Direction))],
        };
        Templates = new TemplateRenderer(theme, siteView, new GeneratorView("SpoilerGen", generatorVersion), config.Words, diagnostics, clock);
        Bodies = new BodyRenderer(site, pipeline, Urls);
        Views = new PageViewBuilder(site, Urls);
        SearchIndexes = new SearchIndexWriter(site, knownTerms);
        Feeds = new AtomFeedWriter(site, Urls);
        Sitemaps = new SitemapWriter(site, Urls);
    }

    public SiteModel Site { get; }

    /// <summary>The keys of each file's inputs; null for a render that keeps no cache.</summary>
    public RenderInputs? Inputs { get; }

    public SiteUrls Urls { get; }

    public TemplateRenderer Templates { get; }

    public BodyRenderer Bodies { get; }

    public PageViewBuilder Views { get; }

    // Made once: each holds serializer options whose type metadata is worked out on first use.
    public SearchIndexWriter SearchIndexes { get; }

    public AtomFeedWriter Feeds { get; }

    public SitemapWriter Sitemaps { get; }

    /// <summary>Whether this is the default language, whose files are at the root and who writes the files the languages share.</summary>
    public bool IsDefault => Site.Config.LanguageFolder.Length == 0;

    private string? ThemeImage(string? staticPath) => staticPath is null ? null : Urls.SiteRooted("/" + staticPath);
}
