using System.Globalization;

namespace SpoilerGen.Render;

/// <summary>
/// The site's accent colour made readable in both colour schemes: darkened for the light scheme and
/// lightened for the dark one until it reaches WCAG's 4.5:1 against every background the theme puts
/// links on, so that an author's brand colour never costs a reader contrast. Buttons filled with it get
/// the text colour that reads best on it.
/// </summary>
public static class AccentPalette
{
    public const double MinimumContrast = 4.5;

    // The default theme's backgrounds that links sit on (style.css): page, checkpoint bar, "new" callout.
    private static readonly string[] LightBackgrounds = ["#ffffff", "#f3f4f6", "#fff5d1"];
    private static readonly string[] DarkBackgrounds = ["#15171b", "#1f2227", "#2a2413"];

    /// <summary>The CSS custom properties that style.css reads, for both schemes; null without an accent.</summary>
    public static string? Css(string? accent)
    {
        if (accent is null) return null;
        var colour = Parse(accent);
        var light = Readable(colour, LightBackgrounds, towards: (0, 0, 0));
        var dark = Readable(colour, DarkBackgrounds, towards: (255, 255, 255));
        return $":root{{{Properties(colour, light)}}}@media (prefers-color-scheme: dark){{:root{{{Properties(colour, dark)}}}}}";
    }

    private static string Properties((int R, int G, int B) brand, (int R, int G, int B) text)
    {
        var onAccent = Contrast(text, (255, 255, 255)) >= Contrast(text, (17, 17, 17)) ? "#ffffff" : "#111111";
        var hex = Hex(text);
        return $"--brand:{Hex(brand)};--link:{hex};--visited:{hex};--focus:{hex};--accent-bg:{hex};--accent-fg:{onAccent};";
    }

    /// <summary>The colour mixed step by step towards black or white until it reads on every background.</summary>
    private static (int R, int G, int B) Readable((int R, int G, int B) colour, string[] backgrounds, (int R, int G, int B) towards)
    {
        var grounds = backgrounds.Select(Parse).ToArray();
        for (var step = 0; step <= 20; step++)
        {
            var amount = step / 20.0;
            var mixed = (Mix(colour.R, towards.R, amount), Mix(colour.G, towards.G, amount), Mix(colour.B, towards.B, amount));
            if (grounds.All(ground => Contrast(mixed, ground) >= MinimumContrast)) return mixed;
        }
        return towards;

        static int Mix(int from, int to, double amount) => (int)Math.Round(from + (to - from) * amount);
    }

    public static double Contrast((int R, int G, int B) a, (int R, int G, int B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance((int R, int G, int B) colour) =>
        0.2126 * Channel(colour.R) + 0.7152 * Channel(colour.G) + 0.0722 * Channel(colour.B);

    private static double Channel(int value)
    {
        var c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    /// <summary>A colour as <c>#rgb</c> or <c>#rrggbb</c> (checked when the config is read).</summary>
    public static (int R, int G, int B) Parse(string hex)
    {
        var digits = hex.TrimStart('#');
        if (digits.Length == 3) digits = string.Concat(digits.Select(d => $"{d}{d}"));
        int Byte(int at) => int.Parse(digits.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (Byte(0), Byte(2), Byte(4));
    }

    private static string Hex((int R, int G, int B) colour) => $"#{colour.R:x2}{colour.G:x2}{colour.B:x2}";
}
