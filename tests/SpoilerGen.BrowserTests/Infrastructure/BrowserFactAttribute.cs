namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>
/// A fact that needs Chromium. Without Chromium it is reported as skipped (with the reason) on a
/// developer's machine, and runs, and so fails with <see cref="ChromiumLocation.MissingMessage"/>, when CI=true.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        // xunit 2 reads Skip from the attribute instance at discovery, so setting it here is how a
        // test is skipped for a reason only known at run time.
        if (!ChromiumLocation.IsAvailable && !ChromiumLocation.IsRequired) Skip = ChromiumLocation.MissingMessage;
    }
}
