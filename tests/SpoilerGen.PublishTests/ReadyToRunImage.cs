using System.Reflection.PortableExecutable;

namespace SpoilerGen.PublishTests;

/// <summary>
/// Tells a ready-to-run assembly (precompiled by crossgen) from a plain IL one: only the former has
/// a managed native header, which holds the READYTORUN header.
/// </summary>
public static class ReadyToRunImage
{
    public static bool IsReadyToRun(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
