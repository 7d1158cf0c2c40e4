using System.Security.Cryptography;
using System.Text;
using SpoilerGen.Load;
using SpoilerGen.Render;

namespace SpoilerGen.Write;

/// <summary>
/// A hash of everything a build reads: the tool itself, the options that change the output, and every file
/// of the config, content, templates and static folders (path, size, time, and the bytes of all but static
/// files, which can be large and are compared by size and time as make and rsync do). Equal fingerprints
/// mean the build would write the same bytes again.
/// </summary>
public static class SourceFingerprint
{
    private static readonly string[] SourceFolders = [ContentLoader.ContentFolderName, ThemeTemplates.FolderName, SiteRenderer.StaticFolderName];

    /// <summary>The fingerprint, or null when some source cannot be read: then the build reads it and reports why.</summary>
    public static string? Of(string siteFolder, string? baseUrl, bool includeDrafts)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var tool = typeof(SourceFingerprint).Assembly;
            Add(hash, $"tool {tool.ManifestModule.ModuleVersionId} {tool.GetName().Version}\nbase-url {baseUrl}\ndrafts {includeDrafts}\n");
            AddFile(hash, siteFolder, Path.Combine(siteFolder, ConfigLoader.FileName), withBytes: true);
            foreach (var folder in SourceFolders)
            {
                var root = Path.Combine(siteFolder, folder);
                if (!Directory.Exists(root)) continue;
                foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    AddFile(hash, siteFolder, file, withBytes: folder != SiteRenderer.StaticFolderName);
                }
            }
            return Convert.ToHexString(hash.GetHashAndReset());
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            return null;
        }
    }

    private static void AddFile(IncrementalHash hash, string siteFolder, string path, bool withBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            Add(hash, $"absent {Path.GetRelativePath(siteFolder, path)}\n");
            return;
        }
        Add(hash, $"file {Path.GetRelativePath(siteFolder, path)} {info.Length} {info.LastWriteTimeUtc.Ticks} {info.LinkTarget}\n");
        if (withBytes) hash.AppendData(File.ReadAllBytes(path));
    }

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
