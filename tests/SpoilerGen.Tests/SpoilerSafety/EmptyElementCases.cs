namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>Placeholder.</summary>
public static class EmptyElementCases
{
    public static IEnumerable<SafetyCase> All => [];
}
