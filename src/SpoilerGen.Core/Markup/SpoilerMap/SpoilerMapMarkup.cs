using Markdig.Renderers;

namespace SpoilerGen.Markup.SpoilerMap;

/// <summary>The attributes and label every outlined region of the spoiler map carries, in one place.</summary>
public static class SpoilerMapMarkup
{
    /// <summary>Writes the opening tag of a region: its kind, episode and levels as data attributes, its colour by level.</summary>
    public static void WriteOpening(HtmlRenderer renderer, string tag, SpoilerRegion region, int enclosingLevel, SpoilerMapScope scope)
    {
        renderer.Write('<').Write(tag).Write(" class=\"sg-region sg-region-").Write(KindClass(region.Kind));
        if (region.IsRedundant(enclosingLevel)) renderer.Write(" sg-region-redundant");
        renderer.Write("\" data-kind=\"").Write(KindClass(region.Kind))
            .Write("\" data-episode=\"").WriteEscape(region.EpisodeId ?? "")
            .Write("\" data-level=\"").Write(region.Level.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Write("\" data-shown-from=\"").Write(region.ShownFrom.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Write("\" style=\"--sg-hue: ").Write(Hue(region.ShownFrom).ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\">");
    }

    /// <summary>"Block · s01e12 · Episode 12", and why it is shown later than written, or why it adds nothing.</summary>
    public static string Label(SpoilerRegion region, int enclosingLevel, SpoilerMapScope scope)
    {
        var label = $"{KindName(region.Kind)} · {region.EpisodeId} · {scope.LevelLabel(region.Level)}";
        if (region.IsRedundant(enclosingLevel)) return label + " (adds nothing: what holds it is hidden as long)";
        return label;
    }

    public static string KindClass(SpoilerRegionKind kind) => kind switch
    {
        SpoilerRegionKind.HeadingSection => "section",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string KindName(SpoilerRegionKind kind) => kind switch
    {
        SpoilerRegionKind.HeadingSection => "Heading section",
        _ => kind.ToString(),
    };

    /// <summary>A hue per level, spread around the colour wheel so that neighbouring levels differ.</summary>
    public static int Hue(int level) => level * 137 % 360;
}
