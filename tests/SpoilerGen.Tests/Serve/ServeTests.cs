using System.Net;
using SpoilerGen.Serve;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Serve;

/// <summary>
/// <c>spoilergen serve</c> over HTTP, as a browser meets it: the example guide under its base path, the
/// redirects and the 404 that GitHub Pages gives, the bar, the episode switch and the spoiler map.
/// </summary>
public sealed class ServeTests
{
    private const string Base = "/all-of-us-are-dead/";

    [Fact]
    public async Task Serves_every_kind_of_file_under_the_base_path()
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();

        Assert.Equal(new Uri(serve.Server.Origin, Base), serve.Server.SiteUrl);
        var (status, chooser, _) = await serve.GetAsync(Base);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("All of Us Are Dead", chooser);
        var (pageStatus, page, pageResponse) = await serve.GetAsync(Base + "s01e12/characters/nam-ra/");
        Assert.Equal(HttpStatusCode.OK, pageStatus);
        Assert.Equal("text/html", pageResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Nam-ra, the half-zombie", page);
        var (cssStatus, _, css) = await serve.GetAsync(Base + "assets/style.css");
        Assert.Equal(HttpStatusCode.OK, cssStatus);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        var (imageStatus, _, image) = await serve.GetAsync(Base + "images/school.svg");
        Assert.Equal(HttpStatusCode.OK, imageStatus);
        Assert.Equal("image/svg+xml", image.Content.Headers.ContentType?.MediaType);
        var (levelsStatus, levels, _) = await serve.GetAsync(Base + "levels.json");
        Assert.Equal(HttpStatusCode.OK, levelsStatus);
        Assert.StartsWith("[", levels.TrimStart());
    }

    [Theory]
    [InlineData("/", HttpStatusCode.Found, Base)]
    [InlineData("/all-of-us-are-dead", HttpStatusCode.MovedPermanently, Base)]
    [InlineData(Base + "s01e12/characters", HttpStatusCode.MovedPermanently, Base + "s01e12/characters/")]
    public async Task Redirects_as_GitHub_Pages_does(string path, HttpStatusCode expected, string location)
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();

        var (status, _, response) = await serve.GetAsync(path);

        Assert.Equal(expected, status);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(Base + "s01e12/characters/nobody/")]
    [InlineData(Base + "no-such-file.png")]
    [InlineData("/another-project/")]
    public async Task Unknown_paths_get_the_guides_own_404_page_with_status_404(string path)
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();

        var (status, text, _) = await serve.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<h1>Page not found</h1>", text);
    }

    [Fact]
    public async Task Every_served_page_has_the_bar_and_the_reload_script_and_no_built_file_has_them()
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();

        var (_, page, _) = await serve.GetAsync(Base + "start/characters/nam-ra/");
        Assert.Contains("<aside class=\"sg-serve\" aria-label=\"SpoilerGen serve\">", page);
        Assert.Contains($"<script src=\"{ServePaths.Script}\"", page);
        Assert.Contains($"href=\"{ServePaths.Map("characters/nam-ra/")}\"", page);
        Assert.True(page.IndexOf("sg-serve", StringComparison.Ordinal) > page.IndexOf("</footer>", StringComparison.Ordinal), "the bar comes at the end of the body");

        var snapshot = serve.Server.State.Current.LastGood!;
        Assert.True(snapshot.TryGetFile("start/characters/nam-ra/index.html", out var built));
        Assert.DoesNotContain("sg-serve", OutputFileBytes.TextOf(built));
        Assert.False(Directory.Exists(serve.PathOf("public")), "serve never writes the output folder");
    }

    [Fact]
    public async Task The_bar_lists_the_warnings_of_a_build_that_succeeded_in_the_full_view_only()
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();

        var (_, last, _) = await serve.GetAsync(Base + "s01e12/");
        var (_, map, _) = await serve.GetAsync(ServePaths.Map("characters/nam-ra/"));
        var (_, first, _) = await serve.GetAsync(Base + "start/characters/nam-ra/");

        foreach (var page in new[] { last, map })
        {
            Assert.Contains("<details class=\"sg-serve-warnings\">\n<summary>8 warnings</summary>", page);
            Assert.Contains("warning SG0302: link to &#39;s01e12.md&#39;", page);
        }
        // The warnings name later pages: an earlier tree's page shows neither them nor how many there are.
        Assert.DoesNotContain("sg-serve-warnings", first);
        Assert.DoesNotContain("s01e12.md", first);
    }

    [Theory]
    [InlineData("characters/nam-ra/", 3, Base + "s01e03/characters/nam-ra/")]
    [InlineData("characters/nam-ra/", 0, Base + "start/characters/nam-ra/")]
    [InlineData("ending/the-rooftop/", 3, Base + "s01e03/")]
    [InlineData("ending/the-rooftop/", 12, Base + "s01e12/ending/the-rooftop/")]
    public async Task The_episode_switch_leads_to_the_same_page_in_the_tree_that_serves_the_episode(string page, int checkpoint, string expected)
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();

        var (status, _, response) = await serve.GetAsync($"{ServePaths.Episode}?page={page}&checkpoint={checkpoint}");

        Assert.Equal(HttpStatusCode.SeeOther, status);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_bar_offers_every_episode_and_says_where_the_page_does_not_exist_yet()
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();

        var (_, page, _) = await serve.GetAsync(Base + "s01e12/ending/the-rooftop/");

        Assert.Contains("<option value=\"3\">Episode 3 (page not shown yet)</option>", page);
        Assert.Contains("<option value=\"12\" selected>Episode 12</option>", page);
    }

    [Fact]
    public async Task The_spoiler_map_of_a_page_lists_and_outlines_each_region_with_its_episode()
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();

        var (status, map, _) = await serve.GetAsync(ServePaths.Map("characters/nam-ra/"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<title>Spoiler map: Nam-ra, the half-zombie</title>", map);
        foreach (var kind in new[] { "title", "summary", "tag", "phrase", "section", "block" })
        {
            Assert.Contains($"<tr class=\"sg-map-region-row\" data-kind=\"{kind}\" data-level=\"12\" style=", map);
        }
        Assert.Contains("class=\"sg-region sg-region-phrase\" data-kind=\"phrase\" data-episode=\"s01e12\" data-level=\"12\"", map);
        Assert.Contains("Heading section · s01e12 · Episode 12", map);
        // Each region's episode leads to the page in the first tree that shows it.
        Assert.Contains($"<a href=\"{ServePaths.Episode}?page=characters%2Fnam-ra%2F&amp;checkpoint=12\">s01e12 (Episode 12)</a>", map);
        // Links on the map lead to the other pages' maps.
        Assert.Contains($"href=\"{ServePaths.Map("characters/on-jo/")}\"", map);
    }

    [Fact]
    public async Task The_spoiler_map_of_a_page_with_a_level_of_its_own_outlines_the_whole_page()
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();

        var (_, map, _) = await serve.GetAsync(ServePaths.Map("ending/the-rooftop/"));

        Assert.Contains("<div class=\"sg-region sg-region-page\" data-kind=\"page\" data-episode=\"s01e12\" data-level=\"12\"", map);
        Assert.Contains("<p class=\"sg-region-label\">Page · s01e12 · Episode 12</p>", map);
        Assert.Contains("<tr class=\"sg-map-region-row\" data-kind=\"page\" data-level=\"12\"", map);
    }

    [Theory]
    [InlineData("localhost", HttpStatusCode.Found)]
    [InlineData("LOCALHOST", HttpStatusCode.Found)]
    [InlineData("localhost.", HttpStatusCode.Found)]
    [InlineData("guide.example", HttpStatusCode.BadRequest)]
    [InlineData("localhost.guide.example", HttpStatusCode.BadRequest)]
    public async Task Answers_only_to_this_machines_own_names(string host, HttpStatusCode expected)
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = $"{host}:{serve.Server.Origin.Port}";

        using var response = await serve.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_address_that_is_not_this_machines_is_one_clear_problem()
    {
        var log = new SharedLog();

        var started = await SiteServer.StartAsync(new ServeOptions(SpoilerGen.Testing.RepositoryPaths.ExampleSite, Bind: IPAddress.Parse("8.8.8.8")), new ServeLog(log, log));

        Assert.Null(started.Server);
        Assert.Equal("8.8.8.8 is not an address of this machine; give --bind one of its addresses, 127.0.0.1 (the default), or 0.0.0.0 for all of them", started.Problem);
    }

    [Fact]
    public async Task A_port_in_use_is_one_clear_problem()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var log = new SharedLog();

        var started = await SiteServer.StartAsync(new ServeOptions(SpoilerGen.Testing.RepositoryPaths.ExampleSite, port), new ServeLog(log, log));

        Assert.Null(started.Server);
        Assert.Equal($"port {port} on 127.0.0.1 is already in use; choose another with --port, or leave --port out for a free one", started.Problem);
        Assert.Equal("", log.ToString());
    }
}
