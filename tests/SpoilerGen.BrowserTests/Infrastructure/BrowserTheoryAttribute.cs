namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>A theory that needs Chromium: skipped without it, except when CI=true (see <see cref="BrowserFactAttribute"/>).</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!ChromiumLocation.IsAvailable && !ChromiumLocation.IsRequired) Skip = ChromiumLocation.MissingMessage;
    }
}
