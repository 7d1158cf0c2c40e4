namespace SpoilerGen.Write;

/// <summary>
/// The file that marks a folder as SpoilerGen's output. Only a marked folder (or an empty one) is replaced
/// without <c>--force</c>: a folder someone else filled is never SpoilerGen's to delete.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".spoilergen";

    // No date and no version: two builds of the same sources write the same bytes.
    public const string Text =
        "This folder is the output of SpoilerGen (spoilergen build). Every build replaces it whole,\n" +
        "so keep no files of your own here: put them in the site's static/ folder instead.\n";

    public static bool IsOn(string folder) => File.Exists(Path.Combine(folder, FileName));
}
