namespace SpoilerGen.Markup.SpoilerMap;

/// <summary>The kinds of spoiler markup a page can hold, as the spoiler map names them.</summary>
public enum SpoilerRegionKind
{
    /// <summary>The whole page: <c>spoiler:</c> in its front matter, or its section's level.</summary>
    Page,

    /// <summary>One value of a progressive title.</summary>
    Title,

    /// <summary>One value of a progressive summary.</summary>
    Summary,

    /// <summary>A tag with a level of its own, <c>{ name: …, spoiler: … }</c>.</summary>
    Tag,

    /// <summary>A block, <c>::: spoiler …</c>.</summary>
    Block,

    /// <summary>A heading's section, <c>## Heading {spoiler=…}</c>.</summary>
    HeadingSection,

    /// <summary>A phrase, <c>[…]{spoiler=…}</c>.</summary>
    Phrase,
}
