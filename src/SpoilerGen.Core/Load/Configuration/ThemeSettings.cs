namespace SpoilerGen.Load.Configuration;

/// <summary>
/// The show's look, from <c>theme:</c> in <c>spoilergen.yml</c>: an accent colour (<c>#rrggbb</c>) and a logo
/// and a hero image, each a path under the site's <c>static/</c> folder (<c>images/logo.svg</c>). Every value
/// is optional; none of them may spoil, as the chooser shows them to readers who have seen nothing.
/// </summary>
public sealed record ThemeSettings(string? Accent, string? Logo, string? Hero)
{
    public static readonly ThemeSettings Default = new(null, null, null);
}
