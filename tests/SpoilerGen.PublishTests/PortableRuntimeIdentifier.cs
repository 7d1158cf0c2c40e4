using System.Runtime.InteropServices;

namespace SpoilerGen.PublishTests;

/// <summary>
/// The portable runtime identifier of this machine (linux-x64, osx-arm64, win-x64...), the form the
/// tool's RID-specific packages are named with. RuntimeInformation.RuntimeIdentifier is not used
/// because a runtime built by a Linux distribution reports a distribution-specific one.
/// </summary>
public static class PortableRuntimeIdentifier
{
    public static string Current
    {
        get
        {
            var system = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
            return $"{system}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
        }
    }
}
