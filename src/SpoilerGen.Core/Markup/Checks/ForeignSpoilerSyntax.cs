namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Another tool's way of hiding a spoiler (Reddit's <c>&gt;!…!&lt;</c>, BBCode's <c>[spoiler]</c>, …), named as its users
/// know it, with what SpoilerGen writes instead. SpoilerGen never reads it as markup: printed, it publishes the
/// text in every tree, so it is refused wherever it is written.
/// </summary>
/// <param name="Name">what the author wrote, in words: "Reddit's '&gt;!…!&lt;'"</param>
/// <param name="HidesLines">whether it hides whole lines (a block) rather than words inside a line (a phrase)</param>
public sealed record ForeignSpoilerSyntax(string Name, bool HidesLines)
{
    /// <summary>SpoilerGen's own markup for the same thing.</summary>
    public string Equivalent => HidesLines
        ? "in SpoilerGen, put the hidden lines between a line '::: spoiler s01e05' and a line ':::' (or give the heading '{spoiler=s01e05}')"
        : "in SpoilerGen, write the hidden words as '[words]{spoiler=s01e05}'";

    public static readonly ForeignSpoilerSyntax Reddit = new("Reddit's and Stack Exchange's spoiler '>!…!<'", false);
    public static readonly ForeignSpoilerSyntax RedditLink = new("old Reddit's spoiler link '[Spoiler](/s \"…\")', whose words are a link title every reader can see", false);
    public static readonly ForeignSpoilerSyntax Discord = new("Discord's and Telegram's spoiler '||…||'", false);
    public static readonly ForeignSpoilerSyntax AniList = new("AniList's spoiler '~!…!~'", false);
    public static readonly ForeignSpoilerSyntax BbCode = new("BBCode's '[spoiler]…[/spoiler]' (forums, Steam, MyAnimeList, Discourse) or AsciiDoc's '[spoiler]'", false);
    public static readonly ForeignSpoilerSyntax TvTropes = new("TV Tropes' '[[spoiler:…]]'", false);
    public static readonly ForeignSpoilerSyntax HtmlElement = new("an HTML '<spoiler>' element (Fandom, Goodreads)", false);
    public static readonly ForeignSpoilerSyntax DataAttribute = new("a 'data-spoiler' attribute (Matrix's 'data-mx-spoiler' and others)", false);
    public static readonly ForeignSpoilerSyntax ClassAttribute = new("a 'spoiler' or 'collapsed' class, which only hides the text with CSS (it stays in the page)", false);
    public static readonly ForeignSpoilerSyntax CssHiding = new("HTML hidden with CSS or the 'hidden' attribute (the text stays in the page)", false);
    public static readonly ForeignSpoilerSyntax Details = new("an HTML '<details><summary>Spoiler</summary>' (GitHub, Notion and AO3 exports), which only folds the text away", true);
    public static readonly ForeignSpoilerSyntax Callout = new("an Obsidian or GitHub callout '> [!spoiler]'", true);
    public static readonly ForeignSpoilerSyntax FoldingCallout = new("a folding Obsidian callout '> [!note]-', which only folds the text away", true);
    public static readonly ForeignSpoilerSyntax MkDocs = new("an MkDocs admonition '??? spoiler' or '!!! spoiler'", true);
    public static readonly ForeignSpoilerSyntax CodeFence = new("a code fence named 'spoiler' ('```spoiler'), which is printed as code", true);
    public static readonly ForeignSpoilerSyntax CommentMarkers = new("comment markers '<!-- spoiler -->' … '<!-- /spoiler -->' (a comment is dropped, the text between is not)", true);
    public static readonly ForeignSpoilerSyntax WikiTemplate = new("a MediaWiki or Fandom template '{{spoiler}}' or '{{hidden}}'", true);
    public static readonly ForeignSpoilerSyntax HugoShortcode = new("a Hugo shortcode '{{< spoiler >}}'", true);
    public static readonly ForeignSpoilerSyntax LiquidTag = new("a Liquid tag '{% spoiler %}' (Jekyll, Eleventy)", true);
    public static readonly ForeignSpoilerSyntax AsciiDocCollapsible = new("AsciiDoc's '[%collapsible]' block, which only folds the text away", true);
    public static readonly ForeignSpoilerSyntax AsciiDocTitle = new("an AsciiDoc block title '.Spoiler'", true);
    public static readonly ForeignSpoilerSyntax ObsidianComment = new("an Obsidian comment '%%…%%' (SpoilerGen prints it; for a note, write '<!-- … -->')", false);
    public static readonly ForeignSpoilerSyntax LogseqCollapsed = new("Logseq's 'collapsed:: true', which only folds the block away", true);
    public static readonly ForeignSpoilerSyntax TumblrCut = new("Tumblr's '[[MORE]]' cut (SpoilerGen has no 'read more'; everything after it is on the page)", true);

    public override string ToString() => Name;
}
