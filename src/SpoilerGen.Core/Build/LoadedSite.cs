using Markdig;
using SpoilerGen.Load;
using SpoilerGen.Load.Configuration;
using SpoilerGen.Load.Sources;
using SpoilerGen.Model;
using SpoilerGen.Render;
using SpoilerGen.Render.Templates;

namespace SpoilerGen.Build;

/// <summary>
/// What the load and model stages made from a site folder: the config, the theme, the one Markdown
/// pipeline, every source parsed once, and the model. Later parts are null when a stage before them failed;
/// the model is kept even when it has errors, for what <c>check</c> says about it.
/// </summary>
/// <param name="SourceFiles">Each content file with the hash of its text: what the next load reuses.</param>
/// <param name="OptionsKey">A hash of the config, theme, options and tool: what every output file depends on.</param>
public sealed record LoadedSite(SiteConfig? Config, ThemeTemplates Theme, MarkdownPipeline? Pipeline, IReadOnlyList<SourcePage> Sources, SiteModel? Site,
    SourceCache? SourceFiles = null, string OptionsKey = "")
{
    /// <summary>Every language of the site, the default (<see cref="Site"/>) first; one for a site in one language.</summary>
    public IReadOnlyList<LanguageSite> Languages { get; init; } = Site is null ? [] : [new LanguageSite(Site, Sources)];

    /// <summary>The config, theme and static files it was loaded with, and what they reported: what serve's next load may keep.</summary>
    public LoadedSettings? Settings { get; init; }

    /// <summary>Every language's model, the default first.</summary>
    public IEnumerable<SiteModel> Models => Languages.Select(language => language.Site);

    /// <summary>The pages of every language: what the build says it made.</summary>
    public int PageCount => Models.Sum(site => site.Pages.Length);

    /// <summary>The trees of every language.</summary>
    public int TreeCount => Models.Sum(site => site.Trees.Length);
}
