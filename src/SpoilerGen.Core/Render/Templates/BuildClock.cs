using System.Globalization;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// The time a build says it was made, as a template's <c>{{ date.now }}</c> reads it: <c>SOURCE_DATE_EPOCH</c>
/// (seconds since 1970, the reproducible-builds convention) when it is set, so that the same sources give the
/// same bytes at any hour; else the clock. Always in UTC: the machine's time zone never reaches the output.
/// </summary>
public sealed record BuildClock(DateTime Now)
{
    public const string EnvironmentVariable = "SOURCE_DATE_EPOCH";

    /// <summary>The variable's value as given, or null when it is not set: a build record keeps it, so that a new value builds again.</summary>
    public static string? SourceDateEpoch => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    /// <summary>The build's time; a <c>SOURCE_DATE_EPOCH</c> that is not a whole number of seconds is an error, as the convention asks.</summary>
    public static BuildClock FromEnvironment(DiagnosticBag diagnostics)
    {
        if (SourceDateEpoch is not { } value) return new BuildClock(DateTime.UtcNow);
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return new BuildClock(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        }
        diagnostics.Error(SourcePosition.StartOf(EnvironmentVariable), DiagnosticCodes.SourceDateEpochInvalid,
            $"{EnvironmentVariable} '{value}' is not a whole number of seconds since 1970-01-01 UTC; set it to one (such as the last commit's: git log -1 --format=%ct) or unset it");
        return new BuildClock(DateTime.UtcNow);
    }
}
