namespace SpoilerGen.Cli;

/// <summary>The site folder as build, check and serve take it: one message for each way it can be wrong, the same in all three.</summary>
public static class SiteFolderArgument
{
    /// <summary>Why <paramref name="siteFolder"/> cannot be a site folder, as one line; null when it is a folder.</summary>
    public static string? Problem(string siteFolder)
    {
        if (File.Exists(siteFolder)) return $"'{siteFolder}' is a file; give the site folder, the one that holds spoilergen.yml";
        if (!Directory.Exists(siteFolder)) return $"the site folder '{siteFolder}' does not exist";
        return null;
    }
}
