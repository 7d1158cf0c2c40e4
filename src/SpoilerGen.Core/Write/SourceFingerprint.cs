using System.Security.Cryptography;
using System.Text;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;
using SpoilerGen.Render;
using SpoilerGen.Render.Templates;

namespace SpoilerGen.Write;

/// <summary>
/// A hash of everything a build reads: the tool itself, the options that change the output (and SOURCE_DATE_EPOCH),
/// and every file of the config, content, templates and static folders (path and size; the bytes of all but
/// static files, and the time only of static files, which can be large and are compared by size and time as
/// make and rsync do). Equal fingerprints mean the build would write the same bytes again: a source saved or
/// touched without a change leaves the fingerprint as it was, and the build does nothing.
/// </summary>
/// <remarks>
/// The files are found through <see cref="SiteFolder"/>, the jail every build reads through: a FIFO is never
/// opened (it would hang) and no link out of the site is followed. Where it finds anything to report, there is
/// no fingerprint, and the build runs and reports it.
/// </remarks>
public static class SourceFingerprint
{
    /// <summary>The fingerprint, or null when some source cannot be read: then the build reads it and reports why.</summary>
    public static string? Of(string siteFolder, string? baseUrl, bool includeDrafts)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var tool = typeof(SourceFingerprint).Assembly;
            Add(hash, $"tool {tool.ManifestModule.ModuleVersionId} {tool.GetName().Version}\nbase-url {(baseUrl is null ? "(from the config)" : $"[{baseUrl}]")}\ndrafts {includeDrafts}\n");
            // {{ date.now }} prints it: a build with another SOURCE_DATE_EPOCH is another build.
            Add(hash, $"source-date-epoch [{BuildClock.SourceDateEpoch}]\n");
            var site = new SiteFolder(siteFolder);
            var problems = new DiagnosticBag();
            var config = site.File(ConfigLoader.FileName, problems, out _);
            if (config is null) return null;
            AddFile(hash, config, withBytes: true, problems);
            foreach (var folder in SiteInputs.Folders)
            {
                Add(hash, $"folder {folder}\n");
                foreach (var file in site.Files(folder, problems)) AddFile(hash, file, withBytes: folder != SiteRenderer.StaticFolderName, problems);
            }
            return problems.HasErrors || problems.ToSortedList().Count > 0 ? null : Convert.ToHexString(hash.GetHashAndReset());
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            return null;
        }
    }

    private static void AddFile(IncrementalHash hash, SiteFile file, bool withBytes, DiagnosticBag problems)
    {
        var info = new FileInfo(file.FullPath);
        Add(hash, withBytes ? $"file {file.RelativePath} {info.Length}\n" : $"file {file.RelativePath} {info.Length} {info.LastWriteTimeUtc.Ticks}\n");
        // Through the handle the jail checks, as the build reads: a file swapped for a FIFO never hangs the fingerprint.
        if (withBytes && SiteFileHandle.ReadAllBytes(file, problems) is { } bytes) hash.AppendData(bytes);
    }

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
