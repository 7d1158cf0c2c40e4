using System.Globalization;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// The time a build says it was made, as a template's <c>{{ date.now }}</c> reads it: <c>SOURCE_DATE_EPOCH</c>
/// (seconds since 1970, the reproducible-builds convention) when it is set, so that the same sources give the
/// same bytes at any hour; else the clock. Always in UTC: the machine's time zone never reaches the output.
/// One per render, shared by its languages, so that every file of a build says the same time.
/// </summary>
/// <remarks>
/// It records whether a template read the clock. A render that did keeps no cache: the next build's files that it would
/// take unchanged would keep this build's time while the files it renders get their own, which no cold build makes, and
/// which of a tree's pages changed, in parts its reader cannot see, would show in their times.
/// </remarks>
public sealed class BuildClock(DateTime now, bool isFromEnvironment = true)
{
    public const string EnvironmentVariable = "SOURCE_DATE_EPOCH";

    private int _read;

    /// <summary>The build's time; reading it marks the render as one whose output depends on when it ran (without SOURCE_DATE_EPOCH).</summary>
    public DateTime Now
    {
        get
        {
            if (!isFromEnvironment) Volatile.Write(ref _read, 1);
            return now;
        }
    }

    /// <summary>Whether a template read the machine's clock: the output is then this build's alone.</summary>
    public bool WasReadFromMachineClock => Volatile.Read(ref _read) == 1;

    /// <summary>The variable's value as given, or null when it is not set: a build record keeps it, so that a new value builds again.</summary>
    public static string? SourceDateEpoch => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    /// <summary>The build's time; a <c>SOURCE_DATE_EPOCH</c> that is not a whole number of seconds is an error, as the convention asks.</summary>
    public static BuildClock FromEnvironment(DiagnosticBag diagnostics)
    {
        if (SourceDateEpoch is not { } value) return new BuildClock(DateTime.UtcNow, isFromEnvironment: false);
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return new BuildClock(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        }
        diagnostics.Error(SourcePosition.StartOf(EnvironmentVariable), DiagnosticCodes.SourceDateEpochInvalid,
            $"{EnvironmentVariable} '{value}' is not a whole number of seconds since 1970-01-01 UTC; set it to one (such as the last commit's: git log -1 --format=%ct) or unset it");
        return new BuildClock(DateTime.UtcNow, isFromEnvironment: false);
    }
}
