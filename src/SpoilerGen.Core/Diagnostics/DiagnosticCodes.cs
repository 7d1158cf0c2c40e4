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
    public const string EpisodeIdOutOfPlace = "SG0004";
    public const string SeasonsOutOfOrder = "SG0005";

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
    public const string YamlAliasCycle = "SG0110";
    public const string YamlAliasExpansionTooLarge = "SG0111";
    public const string YamlNestingTooDeep = "SG0112";
    public const string FrontMatterNotOnFirstLine = "SG0120";
    public const string FileNameCollision = "SG0130";
    public const string HardLinkLeavesSite = "SG0131";
    public const string FrontMatterValueTooLong = "SG0140";
    public const string ConfigValueTooLong = "SG0141";
    public const string YamlTagNotRead = "SG0142";
    public const string FoldersTooDeep = "SG0143";
    public const string UnknownFrontMatterKey = "SG0121";
    public const string FrontMatterNullValue = "SG0122";
    public const string SectionIndexMisnamed = "SG0123";
    public const string NameTooLong = "SG0150";

    // Markdown body
    public const string MalformedSpoilerMarkup = "SG0201";
    public const string UnclosedSpoilerBlock = "SG0202";
    public const string SpoilerMarkupLookalike = "SG0203";
    public const string LinkDefinitionOutOfScope = "SG0204";
    public const string LinkDefinitionConflict = "SG0205";
    public const string SpoilerBlockEndsWithContainer = "SG0206";
    public const string StrayClosingFence = "SG0207";
    public const string FenceInsideHtmlBlock = "SG0208";
    public const string SectionEndsWithContainer = "SG0209";
    public const string SectionEndsWithUnderlinedHeading = "SG0210";
    public const string RawHtmlNotAllowed = "SG0211";
    public const string ForeignContainer = "SG0212";
    public const string ForeignSpoilerSyntax = "SG0213";
    public const string AmbiguousEpisodeInBraces = "SG0214";
    public const string SpoilerSplitsList = "SG0215";
    public const string SpoilerSplitsCodeBlock = "SG0216";
    public const string SpoilerEndsListItem = "SG0217";
    public const string TableTooLarge = "SG0218";
    public const string SiteRootedPathLeavesSite = "SG0219";
    public const string RawHtmlIdIsHeadingId = "SG0220";
    public const string PhraseLinkInsideLink = "SG0221";
    public const string PhraseBracketInCode = "SG0222";
    public const string PhraseBetweenLinkTextAndTail = "SG0223";
    public const string PhraseInReferenceLabel = "SG0224";
    public const string RawHtmlLinkToLaterHeading = "SG0227";
    public const string FootnoteOutOfScope = "SG0230";
    public const string FootnoteDefinitionNotAtTop = "SG0231";
    public const string UnclosedInsideHiddenPart = "SG0232";
    public const string SpoilerBlockClosedByInnerBlock = "SG0233";
    public const string FootnoteEmptiedByHiding = "SG0234";
    public const string FootnoteReferenceGivenLevel = "SG0235";
    public const string PhraseTextMovedOut = "SG0236";
    public const string SpoilerShapesTable = "SG0237";
    public const string SpoilerSplitsParagraph = "SG0238";
    public const string HiddenUnderlinedHeading = "SG0239";
    public const string HiddenLineJoinsNext = "SG0240";
    public const string PhraseShapesLinkDefinition = "SG0241";
    public const string PhraseBesideBareUrl = "SG0242";

    // Links and URLs
    public const string LinkTargetMissing = "SG0301";
    public const string LinkTargetNotYetShown = "SG0302";
    public const string DuplicateUrl = "SG0303";
    public const string OutputPathCollision = "SG0304";
    public const string FragmentNotFound = "SG0320";

    // Templates
    public const string TemplateSyntax = "SG0401";
    public const string TemplateRender = "SG0402";
    public const string TemplateLimit = "SG0403";
    public const string ThemeAccentInvalid = "SG0404";
    public const string ThemeImageInvalid = "SG0405";
    public const string ThemeImageMissing = "SG0406";
    public const string PageImageInvalid = "SG0407";
    public const string PageImageMissing = "SG0408";

    // Output
    public const string OutputFolderRefused = "SG0501";
    public const string OutputWriteFailed = "SG0590";
    public const string OutputFolderBusy = "SG0591";

    // The site changing under a build or serve (SG0502-SG0509)
    public const string SourceChangedWhileReading = "SG0502";
    public const string ServeBasePathReserved = "SG0503";
    public const string SourceDateEpochInvalid = "SG0504";

    // Lints of `spoilergen check` (warnings)
    public const string PossibleUnmarkedSpoiler = "SG0601";
    public const string LinkToSiteUrl = "SG0602";

    // Languages and translations (SG0700-SG0799)
    public const string TranslationKeyMissing = "SG0701";
    public const string TranslationFileInvalid = "SG0702";
    public const string LanguageUnknown = "SG0703";
    public const string LanguagesInvalid = "SG0710";
    public const string LanguageEpisodeUnknown = "SG0711";
    public const string TranslationNotInLanguages = "SG0712";
    public const string TranslationShownEarlier = "SG0713";

    // The site folder as a jail: what may be read
    public const string SymlinkLeavesSite = "SG0901";
    public const string SymlinkLoop = "SG0902";
    public const string SymlinkDangling = "SG0903";
    public const string NotARegularFile = "SG0904";
    public const string FileNameNotUtf8 = "SG0905";
    public const string SourceUnreadable = "SG0906";
}
