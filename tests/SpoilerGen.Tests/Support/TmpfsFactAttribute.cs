namespace SpoilerGen.Tests.Support;

/// <summary>A test that needs to mount a <see cref="Tmpfs"/>; skipped, with the reason, where none can be mounted.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    internal static readonly Lazy<string?> WhyUnavailable = new(Tmpfs.WhyUnavailable);

    public TmpfsFactAttribute()
    {
        // xunit 2 reads Skip at discovery, from the attribute instance.
        if (WhyUnavailable.Value is { } reason) Skip = reason;
    }
}
