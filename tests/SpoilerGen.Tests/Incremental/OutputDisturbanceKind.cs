namespace SpoilerGen.Tests.Incremental;

/// <summary>What may happen to a build's output folder and what lies beside it between two builds, besides an edit of the sources.</summary>
public enum OutputDisturbanceKind
{
    /// <summary>Nothing: the output is as the last build left it.</summary>
    None,

    /// <summary>A build of the edited sources cancelled (Ctrl+C) while it writes its staging folder.</summary>
    CancelledBuild,

    /// <summary>A build killed outright while writing: its staging folder is left beside the output, half updated, with a stray file and a link out.</summary>
    KilledBuild,

    /// <summary>Someone deleted a file of the output.</summary>
    FileDeleted,

    /// <summary>Someone edited a file of the output in place, keeping its size, and gave it back its old modification time.</summary>
    FileEditedInPlace,

    /// <summary>Someone added a file to the output.</summary>
    FileAdded,

    /// <summary>Someone edited a file of the spare (the retired output kept beside it) in place, keeping its size and time.</summary>
    SpareEdited,

    /// <summary>The render cache beside the output was cut short (a full disk, a crash while it was written).</summary>
    CacheTruncated,

    /// <summary>The render cache beside the output holds bytes that are no cache at all.</summary>
    CacheCorrupted,

    /// <summary>
    /// The render cache was written by another tool (its keys differ), and what it says each source reported is false:
    /// a build that trusted it would report what a cold build does not.
    /// </summary>
    CacheFromAnotherTool,

    /// <summary>The render cache says each source reported something false, under this tool's keys but for other texts.</summary>
    CacheOfOtherTexts,

    /// <summary>
    /// One byte of the render cache flipped in place, its size and times kept (a bad disk, a stray write): the format may still
    /// read it as a cache that reads well and says something false; only the hash the record keeps of it tells.
    /// </summary>
    CacheByteFlipped,

    /// <summary>
    /// The render cache's bytes cut short or spoiled under a record that names them (the record's hash made anew, as a
    /// tool that rewrote both would): only the format's own reading can tell.
    /// </summary>
    CacheCutUnderItsHash,

    /// <summary>The render cache is a whole cache of another version of the format (its header's version differs), under a record that names it.</summary>
    CacheOfAnotherFormatVersion,
}
