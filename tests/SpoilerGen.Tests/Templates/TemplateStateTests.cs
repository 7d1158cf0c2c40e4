using Scriban.Runtime;
using SpoilerGen.Render;
using SpoilerGen.Render.Templates;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Templates;

/// <summary>
/// Templates cannot carry state from one render to another: every render of a build shares Scriban's built-ins
/// and the site's views, so a value one page wrote into them would show on pages of other trees.
/// </summary>
public sealed class TemplateStateTests
{
    private static readonly string[] BuiltinNames = BuiltinObjects();

    public static TheoryData<string> Builtins => [.. BuiltinNames];

    private static string[] BuiltinObjects()
    {
        var builtins = HtmlEscapingTemplateContext.CreateBuiltins(new BuildClock(new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc)), SpoilerGen.Translation.BuiltInLanguageTables.English);
        return [.. builtins.GetMembers().Where(name => builtins[name] is ScriptObject).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Every_built_in_object_is_checked()
    {
        Assert.Superset(new HashSet<string> { "array", "date", "html", "math", "object", "regex", "string", "timespan" }, BuiltinNames.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Builtins))]
    public void Writing_into_a_built_in_is_an_error_and_no_page_is_published(string builtin)
    {
        // A later tree's page writes its title; the 404 page and the earlier trees read the same member.
        using var site = new TestSite(episodeCount: 3)
            .WriteFile("templates/partials/footer.html", $"<footer>{{{{ if page }}}}{{{{ {builtin}.sg_memo = page.title }}}}{{{{ end }}}}</footer>\n")
            .WriteFile("templates/404.html", $"<p>{{{{ {builtin}.sg_memo }}}}</p>\n")
            .WritePage("later.md", "title: SECRET\nspoiler: s01e03", "Text.");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError && d.Code == "SG0402" && d.Position.Path.EndsWith("footer.html", StringComparison.Ordinal));
        Assert.Contains("'sg_memo' cannot be set", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [MemberData(nameof(Builtins))]
    public void A_built_in_replaced_by_a_variable_is_replaced_for_that_render_only(string builtin)
    {
        // Every page replaces it; the 404 page and the chooser, which have no page, must still see the built-in.
        using var site = new TestSite(episodeCount: 3)
            .WriteFile("templates/partials/footer.html", $"<footer>{{{{ if page }}}}{{{{ {builtin} = page.title }}}}{{{{ end }}}}{{{{ {builtin} == \"SECRET\" }}}}</footer>\n")
            .WritePage("later.md", "title: SECRET\nspoiler: s01e03", "Text.");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<footer>true</footer>", site.Read("s01e03/later/index.html"));
        Assert.Contains("<footer>false</footer>", site.Read("404.html"));
        Assert.Contains("<footer>false</footer>", site.Read("index.html"));
    }

    [Fact]
    public void A_template_may_still_use_variables_and_objects_of_its_own()
    {
        using var site = new TestSite(episodeCount: 3)
            .WriteFile("templates/partials/footer.html", "{{ mine = {} }}{{ mine.word = \"Fresh\" }}{{ list = [1, 2] }}{{ list[0] = 3 }}<footer>{{ mine.word }} {{ list[0] }}</footer>\n")
            .WritePage("later.md", "title: Later\nspoiler: s01e03", "Text.");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<footer>Fresh 3</footer>", site.Read("s01e03/later/index.html"));
    }
}
