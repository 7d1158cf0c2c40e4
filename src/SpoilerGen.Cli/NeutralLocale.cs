using System.Globalization;

namespace SpoilerGen.Cli;

/// <summary>
/// Makes the process's culture invariant and its time zone UTC before anything runs, so that no locale
/// (<c>LANG=tr_TR.UTF-8</c>) or time zone (<c>TZ</c>) reaches the output, even where the runtime's invariant
/// globalization was turned off and ICU loaded: a template's <c>date.parse</c>, Scriban's number and date
/// formats and every culture-aware call then behave as they do on the machine that made the last build.
/// </summary>
public static class NeutralLocale
{
    public static void Apply()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        // .NET reads the local time zone from TZ, once: set it, then drop what was read.
        Environment.SetEnvironmentVariable("TZ", "UTC");
        TimeZoneInfo.ClearCachedData();
    }
}
