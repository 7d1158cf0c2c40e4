using SpoilerGen.Load;
using SpoilerGen.Load.Sources;
using SpoilerGen.Model;

namespace SpoilerGen.Build;

/// <summary>One language of the site: its model and the sources it was built from (the default language's, or one translation's files).</summary>
public sealed record LanguageSite(SiteModel Site, IReadOnlyList<SourcePage> Sources);
