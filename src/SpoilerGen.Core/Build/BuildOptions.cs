using SpoilerGen.Load.Jail;

namespace SpoilerGen.Build;

/// <summary>What to build and where: the CLI's arguments, already parsed.</summary>
/// <param name="Force">Replace an output folder that SpoilerGen did not make.</param>
/// <param name="Progress">Told each step of writing the output, for <c>--verbose</c>.</param>
/// <param name="WarningsAsErrors">Report every warning as an error, so that a build that warns fails and writes nothing.</param>
public sealed record BuildOptions(
    string SiteFolder,
    string? OutputFolder = null,
    string? BaseUrl = null,
    bool IncludeDrafts = false,
    bool Force = false,
    Action<string>? Progress = null,
    bool WarningsAsErrors = false)
{
    public const string DefaultOutputFolderName = "public";

    public string ResolvedOutputFolder => OutputFolder ?? Path.Combine(SiteFolder, DefaultOutputFolderName);
}
