using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SpoilerGen.BrowserTests.Theme;

/// <summary>The default theme is good to read: a type scale, a comfortable line length, light and dark schemes that follow the system, and no sideways scrolling on a phone.</summary>
[Collection(GuideCollection.Name)]
public sealed class ReadabilityTests(GuideFixture guide, ITestOutputHelper output)
{
    private const string LongPage = "ending/the-rooftop/";

    // Font sizes in px down the scale, and the body text's measure in ch of its own font.
    private const string MeasureScript = """
        () => {
          const size = sel => { const e = document.querySelector(sel); return e ? parseFloat(getComputedStyle(e).fontSize) : 0; };
          const p = document.querySelector('main .content p');
          const probe = document.createElement('span');
          probe.style.cssText = 'display:inline-block;width:1ch;padding:0;border:0';
          p.appendChild(probe);
          const ch = probe.getBoundingClientRect().width;
          probe.remove();
          const style = getComputedStyle(p);
          return {
            h1: size('main h1'), h2: size('main .content h2'), body: parseFloat(style.fontSize), small: size('.site-footer p'),
            lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
            measure: p.getBoundingClientRect().width / ch,
          };
        }
        """;

    // The page's background and text colours as relative luminance (WCAG's formula).
    private const string ColoursScript = """
        () => {
          const luminance = css => {
            const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
              .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const s = getComputedStyle(document.body);
          return { background: luminance(s.backgroundColor), text: luminance(s.color) };
        }
        """;

    [BrowserFact]
    public async Task Text_has_a_type_scale_and_a_line_length_of_about_65_characters_on_a_desktop()
    {
        await using var context = await guide.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(guide.Site.TreePaths[^1] + LongPage);

        var measured = await page.ReadAsync<TypeMeasures>(MeasureScript);
        output.WriteLine(measured.ToString());

        Assert.True(measured.H1 > measured.H2 && measured.H2 > measured.Body && measured.Body > measured.Small, $"No type scale: {measured}");
        Assert.InRange(measured.Body, 16, 20);
        Assert.InRange(measured.LineHeight, 1.4, 1.8);
        Assert.InRange(measured.Measure, 60, 75);
    }

    [BrowserFact]
    public async Task The_colour_scheme_follows_the_readers_system_setting()
    {
        var luminance = new Dictionary<ColorScheme, Colours>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await guide.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
            var page = await context.NewPageAsync();
            await page.GotoAsync(guide.Site.TreePaths[^1] + LongPage);
            luminance[scheme] = await page.ReadAsync<Colours>(ColoursScript);
            output.WriteLine($"{scheme}: {luminance[scheme]}");
        }

        Assert.True(luminance[ColorScheme.Light].Background > 0.8 && luminance[ColorScheme.Light].Text < 0.1, $"Light: dark text on a light page, not {luminance[ColorScheme.Light]}");
        Assert.True(luminance[ColorScheme.Dark].Background < 0.05 && luminance[ColorScheme.Dark].Text > 0.6, $"Dark: light text on a dark page, not {luminance[ColorScheme.Dark]}");
    }

    [BrowserFact]
    public async Task No_page_scrolls_sideways_on_a_phone()
    {
        var pages = (await guide.SurveyAsync()).Pages;
        var tooWide = pages.Where(page => page.PhoneScrollWidth > PageSurvey.PhoneWidth).Select(page => $"/{page.Path}: {page.PhoneScrollWidth} px").ToList();
        Assert.Equal(guide.Site.Pages, pages.Select(page => page.Path));
        Assert.True(tooWide.Count == 0, $"Pages wider than a {PageSurvey.PhoneWidth} px phone (menus open):{Environment.NewLine}{string.Join(Environment.NewLine, tooWide)}");
    }

    private sealed record TypeMeasures(double H1, double H2, double Body, double Small, double LineHeight, double Measure);

    private sealed record Colours(double Background, double Text);
}
