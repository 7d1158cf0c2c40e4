namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>
/// Where the tests find Chromium. Debian's package is used (scripts/install-test-deps.sh installs it):
/// a browser download by Playwright does not work on these machines.
/// </summary>
public static class ChromiumLocation
{
    public const string DefaultExecutablePath = "/usr/bin/chromium";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultExecutablePath;

    public static bool IsAvailable => File.Exists(ExecutablePath);

    /// <summary>CI must prove the reader's side, so there a missing browser is a failure, never a skip.</summary>
    public static bool IsRequired =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingMessage =>
        $"Chromium was not found at {ExecutablePath}: run scripts/install-test-deps.sh (installs Debian's chromium) or set CHROMIUM_PATH";
}
