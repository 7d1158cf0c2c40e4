using SpoilerGen.Diagnostics;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// Scriban's limits are set for real guides: big ones build whole, and a runaway theme is an error naming the template and
/// the page. The bounds are on processor time, alone in the process (<see cref="WorkCost"/>).
/// </summary>
[Collection(TimedWorkCollection.Name)]
public sealed class TemplateLimitTests
{
    [Fact]
    public void The_default_theme_builds_a_guide_of_1000_episodes()
    {
        using var site = new TestSite(episodeCount: 1000)
            .WritePage("_index.md", "title: Home", "Welcome.\n\n::: spoiler s01e500\nHalfway.\n:::\n")
            .WritePage("people/ann.md", "title: Ann\nspoiler: s01e999", "Ann arrives late.");
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var chooser = site.Read("index.html");
        Assert.Contains("data-checkpoint=\"1000\">Episode 1000", chooser);
        Assert.Contains("s01e999/", site.Read("levels.json"));
        Assert.Contains("Ann arrives late.", site.Read("s01e999/people/ann/index.html"));
    }

    [Fact]
    public void A_page_of_several_megabytes_is_published_whole()
    {
        var body = string.Concat(Enumerable.Range(0, 60_000).Select(i => $"Paragraph {i} of a long page.\n\n")) + "The last words.\n";
        using var site = new TestSite(episodeCount: 1).WritePage("long.md", "title: Long", body);
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = site.Read("start/long/index.html");
        Assert.True(html.Length > 2_000_000, $"{html.Length} characters");
        Assert.Contains("<p>The last words.</p>", html);
        Assert.EndsWith("</html>", html.TrimEnd());
    }

    [Fact]
    public void A_runaway_loop_in_a_template_is_an_error_naming_the_template_and_the_page()
    {
        using var site = new TestSite(episodeCount: 1)
            .WritePage("about.md", "title: About", "x")
            .WriteFile("templates/page.html", "{{ for i in 1..100000000 }}{{ i }}{{ end }}");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateLimit, error.Code);
        Assert.EndsWith("templates/page.html(1,14)", error.Position.ToString().Replace('\\', '/'));
        // The earliest page in render order (trees in order) that reaches the limit is named, whichever finished first.
        Assert.Contains("start/about/index.html", error.Message);
        Assert.Contains("LoopLimit", error.Message);
    }

    /// <summary>
    /// A template evaluating itself through <c>object.eval_template</c> reached the depth limit with Scriban's message nested
    /// once per level: one line of about 2,500 characters (attack 14, #06). It is the innermost message, once.
    /// </summary>
    [Fact]
    public void A_recursion_through_eval_template_is_one_short_line()
    {
        using var site = new TestSite(episodeCount: 1)
            .WritePage("about.md", "title: About", "x")
            .WriteFile("templates/page.html", "{{ func f; ret object.eval_template \"{{ f }}\"; end; f }}");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateLimit, error.Code);
        Assert.True(error.ToString().Length < 600, error.ToString());
        Assert.DoesNotContain(": error :", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Scriban's <c>object.to_json</c> serializes by reflection, which the tool compiled ahead of time lacks: every use failed
    /// with .NET's advice to the tool's makers (attack 14, #05). It is written without reflection now, with Scriban's limits:
    /// an object that holds itself is an error at the call, in Scriban's words, never a hang or a stack overflow.
    /// </summary>
    [Fact]
    public void Object_to_json_of_an_object_that_holds_itself_is_a_limit_at_the_call()
    {
        using var site = new TestSite(episodeCount: 1)
            .WritePage("about.md", "title: About", "x")
            .WriteFile("templates/page.html", "<script type=\"application/json\">{{ page | object.to_json }}</script>\n{{ x = {}\nx.self = x\nx | object.to_json }}");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateLimit, error.Code);
        Assert.Equal(4, error.Position.Line);
        Assert.Contains("reference loops", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Reflection", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A pattern that backtracks without end ran for Scriban's 10 s on every page (30 pages in two trees: minutes), then for
    /// the 1 s timeout SpoilerGen set, so that the same template matched on an idle machine and failed on a busy one. The
    /// non-backtracking engine runs it in time proportional to the text: it builds, matching nothing, on every machine.
    /// </summary>
    [Fact]
    public void A_regular_expression_that_backtracks_without_end_runs_in_linear_time_and_builds()
    {
        using var site = new TestSite(episodeCount: 1)
            .WriteFile("templates/page.html", "[{{ \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" | regex.match \"^(a+)+$\" | array.size }}]<p>x</p>");
        for (var page = 0; page < 30; page++) site.WritePage($"p{page:00}.md", $"title: P{page}", "x");

        var result = WorkCost.Within(() => site.Build(), TimeSpan.FromSeconds(20), "30 pages running the pattern");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.StartsWith("[0]", site.Read("start/p00/index.html"));
    }

    [Fact]
    public void A_limit_reached_in_a_loop_stops_the_render_and_names_the_same_page_every_run()
    {
        using var site = new TestSite(episodeCount: 2)
            .WriteFile("templates/page.html", "{{ s = \"x\" }}{{ for i in 1..40 }}{{ s = s + s }}{{ end }}<p>x</p>");
        for (var page = 0; page < 40; page++) site.WritePage($"p{page:00}.md", $"title: P{page}", "x");

        var named = new HashSet<string>();
        // Three builds, each running out about one limit per core: far below 40 pages' worth each.
        WorkCost.Within(() =>
        {
            for (var run = 0; run < 3; run++)
            {
                var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
                Assert.Equal(DiagnosticCodes.TemplateLimit, error.Code);
                named.Add(error.Message);
            }
            return named;
        }, TimeSpan.FromSeconds(30), "three builds of 40 pages doubling a string in a loop");

        var message = Assert.Single(named);
        Assert.Contains("start/p00/index.html", message);
    }
    /// <summary>
    /// Scriban looks at a string's size only against the page's limit (128 Mi characters): a string doubled in a loop
    /// grew to that size before it stopped, 16 s and 1 GB, and one multiplied to 24 Mi characters was let through.
    /// A string a template builds stops at 16 Mi characters (column 0: the position is the pipe's or its call's).
    /// </summary>
    [Theory]
    [InlineData("{{ s = \"x\"; for i in 1..28; s = s + s; end }}<p>x</p>", 33)]
    [InlineData("{{ s = \"x\"; for i in 1..28; s = s | string.append s; end }}<p>x</p>", 0)]
    [InlineData("{{ s = \"xxxxxxxx\" * 3000000 }}<p>x</p>", 8)]
    public void A_string_a_template_grows_without_end_is_a_limit_error_at_its_place_within_seconds(string template, int column)
    {
        using var site = new TestSite(episodeCount: 1).WritePage("a.md", "title: A", "x").WriteFile("templates/page.html", template);

        var result = WorkCost.Within(() => site.Build(), TimeSpan.FromSeconds(10), "a growing string");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateLimit, error.Code);
        if (column > 0) Assert.EndsWith($"templates/page.html(1,{column})", error.Position.ToString().Replace('\\', '/'));
        Assert.Contains("start/a/index.html", error.Message);
    }

    /// <summary>
    /// A string a <c>capture</c> builds stops at 16 Mi characters too: Scriban counted a capture only against the page's
    /// limit, so one doubled in a loop grew to 128 Mi characters and 1.3 GB before it stopped.
    /// </summary>
    [Fact]
    public void A_capture_that_grows_without_end_is_a_limit_error_at_its_place()
    {
        using var site = new TestSite(episodeCount: 1).WritePage("a.md", "title: A", "x")
            .WriteFile("templates/page.html", "{{ s = \"x\"; for i in 1..28; capture s; s; s; end; end }}<p>x</p>");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateLimit, error.Code);
        Assert.EndsWith("templates/page.html(1,40)", error.Position.ToString().Replace('\\', '/'));
        Assert.Contains("a string captured here reaches", error.Message);
        Assert.Contains("16,777,216", error.Message);
    }

    /// <summary>
    /// A page's body printed into a capture as it is counts for nothing: a theme may capture a body of any size.
    /// </summary>
    [Fact]
    public void A_body_larger_than_the_string_limit_may_be_captured()
    {
        var body = string.Concat(Enumerable.Repeat("Words of a very long page that a theme captures whole. ", 320_000)) + "The end.\n";
        using var site = new TestSite(episodeCount: 1).WritePage("a.md", "title: A", body)
            .WriteFile("templates/page.html", "{{ capture whole; page.content; \"<hr>\"; end; whole }}");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("The end.", site.Read("start/a/index.html"));
    }

    /// <summary>
    /// A mistake that is not a limit (a function that does not exist) rendered every page before: 300 pages in two trees,
    /// reported as "and 599 other files". Now the first page in render order stops the render, once.
    /// </summary>
    [Fact]
    public void A_mistake_in_a_template_stops_at_the_first_page_that_meets_it()
    {
        using var site = new TestSite(episodeCount: 1).WriteFile("templates/page.html", "<p>x</p>{{ no_such_function 1 }}");
        for (var page = 0; page < 300; page++) site.WritePage($"p{page:000}.md", $"title: P{page}", "x");

        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);

        Assert.Equal(DiagnosticCodes.TemplateRender, error.Code);
        Assert.EndsWith("templates/page.html(1,12)", error.Position.ToString().Replace('\\', '/'));
        Assert.Contains("(while rendering start/p000/index.html from ", error.Message);
        Assert.DoesNotContain("other file", error.Message);
    }
}
