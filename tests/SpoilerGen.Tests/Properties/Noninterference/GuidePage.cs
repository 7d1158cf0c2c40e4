namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>A generated page: where it lies, its own level, its front matter values and its body.</summary>
public sealed record GuidePage(
    string Folder,
    string FileName,
    int Level,
    bool Draft,
    string? Slug,
    string? Date,
    GuideEntry[] Title,
    GuideEntry[] Summary,
    GuideEntry[] Tags,
    GuideNode[] Body);
