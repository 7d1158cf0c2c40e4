namespace SpoilerGen.Build;

/// <summary>What to build and where: the CLI's arguments, already parsed.</summary>
public sealed record BuildOptions(string SiteFolder, string? OutputFolder = null, string? BaseUrl = null, bool IncludeDrafts = false)
{
    public const string DefaultOutputFolderName = "public";

    public string ResolvedOutputFolder => OutputFolder ?? Path.Combine(SiteFolder, DefaultOutputFolderName);
}
