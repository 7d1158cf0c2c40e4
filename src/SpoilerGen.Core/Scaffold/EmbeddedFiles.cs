using System.Reflection;

namespace SpoilerGen.Scaffold;

/// <summary>Files embedded in the tool under a prefix (<c>scaffold/</c>, <c>templates/</c>), by their path below it.</summary>
public static class EmbeddedFiles
{
    public static IReadOnlyDictionary<string, byte[]> Under(string prefix)
    {
        var assembly = typeof(EmbeddedFiles).Assembly;
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var name = resource.Replace('\\', '/');
            if (name.StartsWith(prefix, StringComparison.Ordinal)) files[name[prefix.Length..]] = Read(assembly, resource);
        }
        return files;
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded file '{resource}' is missing");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
