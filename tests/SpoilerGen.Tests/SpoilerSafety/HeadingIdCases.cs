namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>Placeholder.</summary>
public static class HeadingIdCases
{
    public static IEnumerable<SafetyCase> All => [];
}
