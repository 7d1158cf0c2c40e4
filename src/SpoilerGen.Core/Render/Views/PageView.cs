using SpoilerGen.Markup.Headings;

namespace SpoilerGen.Render.Views;

/// <summary>The page being rendered (<c>page.*</c>), as one tree shows it.</summary>
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
    SearchEngineView SearchEngine);
