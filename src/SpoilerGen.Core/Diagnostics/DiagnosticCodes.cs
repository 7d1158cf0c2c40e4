namespace SpoilerGen.Diagnostics;

/// <summary>
/// Every diagnostic code SpoilerGen reports, in one place so that codes stay unique and stable:
/// authors search for them.
/// </summary>
public static class DiagnosticCodes
{
    // Configuration (spoilergen.yml)
    public const string ConfigMissing = "SG0001";
    public const string ConfigSyntax = "SG0002";
    public const string ConfigInvalid = "SG0003";

    // Front matter
    public const string FrontMatterSyntax = "SG0101";
    public const string FrontMatterInvalid = "SG0102";
    public const string UnknownEpisode = "SG0103";
    public const string MissingTitle = "SG0104";
    public const string MarkdownNestingTooDeep = "SG0105";
    public const string EmptySlug = "SG0106";
    public const string EmptyTagSlug = "SG0107";
    public const string TextNotUtf8 = "SG0108";
    public const string ControlCharacter = "SG0109";

    // Markdown body
    public const string MalformedSpoilerMarkup = "SG0201";
    public const string UnclosedSpoilerBlock = "SG0202";

    // Links and URLs
    public const string LinkTargetMissing = "SG0301";
    public const string LinkTargetNotYetShown = "SG0302";
    public const string DuplicateUrl = "SG0303";
    public const string OutputPathCollision = "SG0304";

    // Templates
    public const string TemplateSyntax = "SG0401";
    public const string TemplateRender = "SG0402";
    public const string TemplateLimit = "SG0403";

    // Output
    public const string OutputFolderRefused = "SG0501";

    // The site folder as a jail: what may be read
    public const string SymlinkLeavesSite = "SG0901";
    public const string SymlinkLoop = "SG0902";
    public const string SymlinkDangling = "SG0903";
    public const string NotARegularFile = "SG0904";
    public const string FileNameNotUtf8 = "SG0905";
    public const string SourceUnreadable = "SG0906";
}
