namespace SpoilerGen.Tests.Incremental;

/// <summary>What an author does between two saves.</summary>
public enum SiteEditKind
{
    Text,
    Level,
    Title,
    Tags,
    AddPage,
    DeletePage,
    RenamePage,
    SectionIndex,
    Template,
    Config,
    Touch,
    BrokenPage,
    Translation,
    SectionFolder,
    Link,
    MovePage,
    HeadingLink,
    NoteHeadingLink,
}
