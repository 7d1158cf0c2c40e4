namespace SpoilerGen.Model;

/// <summary>What a page is: the tree's home, a section's list page, or a content page.</summary>
public enum PageKind
{
    Home,
    Section,
    Page,
}
