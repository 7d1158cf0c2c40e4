namespace SpoilerGen.Model;

/// <summary>What a page's URL is made from: its file's name, or the <c>slug:</c> of its front matter, which are checked differently.</summary>
public readonly record struct PageName(string Text, bool IsSlug);
