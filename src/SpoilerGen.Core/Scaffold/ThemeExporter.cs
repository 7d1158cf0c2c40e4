using SpoilerGen.Render;
using SpoilerGen.Render.Templates;

namespace SpoilerGen.Scaffold;

/// <summary>
/// <c>spoilergen theme export</c>: copies the default theme embedded in the tool into a folder, to start
/// an override from. A site folder (one holding <c>spoilergen.yml</c>) gets it in its <c>templates/</c>,
/// where the build looks for overrides. Existing files are never replaced unless asked to.
/// </summary>
public static class ThemeExporter
{
    public const string ConfigFileName = "spoilergen.yml";

    public static ScaffoldResult Export(string folder, bool overwrite)
    {
        if (File.Exists(folder)) return ScaffoldResult.Refused(folder, $"'{folder}' is a file; give a folder");
        var target = File.Exists(Path.Combine(folder, ConfigFileName)) ? Path.Combine(folder, ThemeTemplates.FolderName) : folder;
        var files = EmbeddedFiles.Under(ThemeTemplates.FolderName + "/");
        var existing = files.Keys.Where(name => File.Exists(Path.Combine(target, name)) || Directory.Exists(Path.Combine(target, name))).ToList();
        if (existing.Count > 0 && !overwrite)
        {
            var named = string.Join(", ", existing.Take(3)) + (existing.Count > 3 ? $" and {existing.Count - 3} more" : "");
            return ScaffoldResult.Refused(target, $"'{target}' already holds {named}; nothing was written (--force replaces them)");
        }
        return FileSetWriter.Write(target, files);
    }
}
