namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>Placeholder.</summary>
public static class SmallChannelCases
{
    public static IEnumerable<SafetyCase> All => [];
}
