using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SpoilerGen.BrowserTests.Accessibility;

/// <summary>
/// axe (WCAG 2.0, 2.1 and 2.2, A and AA: 2.2's target size included) in a page, as the browser tests run it:
/// on every page of a guide through its <see cref="PageSurvey"/>, or on one page as it is now.
/// </summary>
public static class AxeAudit
{
    /// <summary>The axe-core that Deque.AxeCore.Commons bundles (pinned with the package).</summary>
    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly object WcagAandAA = new
    {
        runOnly = new { type = "tag", values = new[] { "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa" } },
        resultTypes = new[] { "violations" },
    };

    /// <summary>
    /// Puts axe into every page of the context from its first script on, compiled by the browser: sent and
    /// evaluated after each load instead, its 650 KB cost more than the audit itself (1.5 s a page under load).
    /// </summary>
    public static Task AddToEveryPageAsync(IBrowserContext context) => context.AddInitScriptAsync(AxeSource.Value);

    /// <summary>Fails with every violation axe finds on any page of the guide, in either scheme; also fails if a page went unchecked.</summary>
    public static async Task AssertNoViolationAsync(GuideFixture guide, ITestOutputHelper output)
    {
        var survey = await guide.SurveyAsync();
        var violations = survey.Pages.SelectMany(page => page.AxeViolations).ToList();
        output.WriteLine($"{survey.Pages.Count} pages checked by axe, light and dark: {survey.Pages.Sum(page => page.AxeRuns)} runs; "
            + $"in the dark scheme {survey.Pages.Count(page => page.DarkChanges.Count == 0)} with the colour rules (it changes only colours there), the others with every rule");
        foreach (var page in survey.Pages.Where(page => page.DarkChanges.Count > 0)) output.WriteLine($"/{page.Path}: the dark scheme changes more than colours: {string.Join(", ", page.DarkChanges)}");
        Assert.Equal(guide.Site.Pages, survey.Pages.Where(page => page.AxeRuns == 2).Select(page => page.Path));
        Assert.True(violations.Count == 0, $"{violations.Count} axe violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    // axe's own options, or, for colour rules only, those of its WCAG A and AA rules that it files under colour
    // (cat.color: contrast, and links told apart from text by colour alone).
    private const string RunScript = """
        ({ options, colourRulesOnly }) => {
          if (!colourRulesOnly) return axe.run(document, options);
          const rules = axe.getRules(options.runOnly.values).filter(rule => rule.tags.includes('cat.color')).map(rule => rule.ruleId);
          if (!rules.length) throw new Error('axe has no colour rule among ' + options.runOnly.values);
          return axe.run(document, { ...options, runOnly: { type: 'rule', values: rules } });
        }
        """;

    /// <summary>
    /// The violations axe finds on the page as it is now, one line each (rule, impact, element, why): of every
    /// WCAG A and AA rule, or of those about colour only (when nothing but colours changed since every rule ran).
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindViolationsOnAsync(IPage page, bool colourRulesOnly = false)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'")) await page.EvaluateAsync(AxeSource.Value);
        // In the page itself, on the whole document. (Deque's default mode runs axe per frame and merges the
        // results in a fresh blank page: SpoilerGen pages have no frames.)
        var result = await page.EvaluateAsync<JsonElement>(RunScript, new { options = WcagAandAA, colourRulesOnly });
        // A result without axe's own name is no audit: never read it as "no violations".
        if (!result.TryGetProperty("testEngine", out var engine) || Text(engine, "name") != "axe-core")
        {
            throw new InvalidOperationException($"axe did not run on {page.Url}: {result.GetRawText()[..Math.Min(200, result.GetRawText().Length)]}");
        }
        return [.. result.GetProperty("violations").EnumerateArray().SelectMany(violation => violation.GetProperty("nodes").EnumerateArray().Select(node =>
            $"[{Text(violation, "id")}, {Text(violation, "impact")}] {Text(violation, "help")}: {Target(node)} {Explain(node)}"))];
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    /// <summary>The element's CSS selector as axe gives it (a list of selectors, one per shadow root crossed).</summary>
    private static string Target(JsonElement node) =>
        string.Join(" ", node.GetProperty("target").EnumerateArray().Select(part => part.ValueKind == JsonValueKind.String ? part.GetString() : part.GetRawText()));

    /// <summary>What axe says is wrong with one element: the messages of its failed checks.</summary>
    private static string Explain(JsonElement node) =>
        string.Join("; ", new[] { "any", "all", "none" }
            .Where(name => node.TryGetProperty(name, out var checks) && checks.ValueKind == JsonValueKind.Array)
            .SelectMany(name => node.GetProperty(name).EnumerateArray())
            .Select(check => Text(check, "message")));
}
