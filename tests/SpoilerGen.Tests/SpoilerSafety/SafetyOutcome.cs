namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>What a corpus case must come to.</summary>
public abstract record SafetyOutcome
{
    private SafetyOutcome() { }

    /// <summary>
    /// The site builds; no file of a tree before <paramref name="FirstEpisode"/> (nor at the root) holds
    /// <paramref name="Marker"/>, in any case; and, when <paramref name="ShownLater"/>, a later tree does.
    /// </summary>
    public sealed record Builds(string Marker, int FirstEpisode = 5, bool ShownLater = true) : SafetyOutcome;

    /// <summary>The build fails with <paramref name="Code"/> at this line and column of <paramref name="Path"/> (from the site's folder).</summary>
    public sealed record Fails(string Code, int Line, int Column, string Path = SafetyCase.PagePath) : SafetyOutcome;

    /// <summary>The site builds; what <paramref name="Check"/> says about the output holds; no earlier tree holds "SECRET".</summary>
    public sealed record BuildsAnd(string Description, Func<Func<string, string>, bool> Check) : SafetyOutcome;

    public static Builds Hidden(string marker = "SECRET", int firstEpisode = 5) => new(marker, firstEpisode);

    public static Builds Dropped(string marker) => new(marker, int.MaxValue, ShownLater: false);

    public static Fails Error(string code, int line, int column, string path = SafetyCase.PagePath) => new(code, line, column, path);
}
