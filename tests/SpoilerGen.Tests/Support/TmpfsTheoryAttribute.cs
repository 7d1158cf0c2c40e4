namespace SpoilerGen.Tests.Support;

/// <summary>A theory whose cases each mount a <see cref="Tmpfs"/>: skipped, with the reason, where none can be mounted.</summary>
public sealed class TmpfsTheoryAttribute : TheoryAttribute
{
    public TmpfsTheoryAttribute()
    {
        // xunit 2 reads Skip at discovery, from the attribute instance.
        if (TmpfsFactAttribute.WhyUnavailable.Value is { } reason) Skip = reason;
    }
}
