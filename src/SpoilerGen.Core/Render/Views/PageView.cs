using SpoilerGen.Markup.Headings;
using SpoilerGen.Render.Templates;

namespace SpoilerGen.Render.Views;

/// <summary>
/// The page being rendered (<c>page.*</c>), as one tree shows it; <see cref="Image"/> is its picture in this tree (a URL), or null.
/// <see cref="ChangeUrl"/> is the chooser with this tree's checkpoint marked and this page named, so that
/// chooser.js can lead to the same page in the tree the reader picks (to that tree's home where it has no such page).
/// </summary>
public sealed record PageView(
    string Title,
    string? Summary,
    string Url,
    string Kind,
    HtmlFragment Content,
    bool IsNew,
    TagView[] Tags,
    TocEntry[] Toc,
    string? SectionTitle,
    string? SectionUrl,
    NavLinkView[] Breadcrumbs,
    PageListItemView? PreviousPage,
    PageListItemView? NextPage,
    ShareView Share,
    SearchEngineView SearchEngine,
    string? Image = null,
    string ChangeUrl = "")
{
    /// <summary>The page in each language that this tree shows it in, its own included; empty when no other language shows it here.</summary>
    public LanguageLinkView[] Translations { get; init; } = [];
}
