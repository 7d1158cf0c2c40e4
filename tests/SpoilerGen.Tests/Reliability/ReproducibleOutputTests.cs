using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// The same sources give the same bytes on any machine: whatever its locale (a Turkish one folds 'I' and 'i'
/// apart), with ICU turned back on, in any time zone, at any hour when <c>SOURCE_DATE_EPOCH</c> is set.
/// </summary>
public sealed class ReproducibleOutputTests
{
    private const string SourceDateEpoch = "1700000000"; // 2023-11-14 22:13:20 UTC

    private static readonly string[] Tags = ["Istanbul", "İzmir", "ırmak", "Iğdır", "ayva", "Ayran", "Çorba", "çay", "éclair", "Zeytin", "iskender", "Ilık"];

    [Fact]
    public void A_build_under_a_turkish_locale_with_icu_on_and_another_time_zone_is_byte_identical()
    {
        // ICU must be on this machine for the test to mean anything (scripts/install-test-deps.sh installs it).
        Assert.Equal('İ', CultureInfo.GetCultureInfo("tr-TR").TextInfo.ToUpper('i'));
        using var site = TurkishSite();
        var plain = Path.Combine(site.Parent, "plain");
        var turkish = Path.Combine(site.Parent, "turkish");

        var first = Run(site, plain, runtimeConfig: null, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = SourceDateEpoch, ["TZ"] = "UTC" });
        var second = Run(site, turkish, IcuRuntimeConfig(site.Parent), new Dictionary<string, string>
        {
            ["SOURCE_DATE_EPOCH"] = SourceDateEpoch,
            ["LANG"] = "tr_TR.UTF-8",
            ["LC_ALL"] = "tr_TR.UTF-8",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
            ["TZ"] = "Pacific/Kiritimati",
        });

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal("", FolderSnapshot.Of(turkish).DifferencesFrom(FolderSnapshot.Of(plain)));

        var notFound = File.ReadAllText(Path.Combine(plain, "404.html"));
        Assert.Contains("now=14 Nov 2023 22:13:20 +00:00", notFound);
        Assert.Contains("parsed=2021-11-30 20:50:23 +00:00", notFound);
        Assert.Contains("number=1234.5", notFound);
    }

    [Fact]
    public void Date_now_is_source_date_epoch_and_a_malformed_one_is_an_error()
    {
        using var site = TurkishSite();
        var output = Path.Combine(site.Parent, "out-epoch");

        var built = Run(site, output, runtimeConfig: null, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "86400" });
        var malformed = Run(site, output, runtimeConfig: null, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "yesterday" });

        Assert.True(built.ExitCode == 0, built.Error);
        Assert.Contains("now=02 Jan 1970 00:00:00 +00:00", File.ReadAllText(Path.Combine(output, "404.html")));
        Assert.Equal(1, malformed.ExitCode);
        Assert.Contains("SOURCE_DATE_EPOCH(1,1): error SG0504: SOURCE_DATE_EPOCH 'yesterday' is not a whole number of seconds", malformed.Error);
    }

    [Fact]
    public void The_tag_index_is_in_ordinal_order_ignoring_case()
    {
        using var site = TurkishSite();
        var output = Path.Combine(site.Parent, "out-order");

        var built = Run(site, output, runtimeConfig: null, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = SourceDateEpoch });

        Assert.True(built.ExitCode == 0, built.Error);
        var index = File.ReadAllText(Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == "tags").Order(StringComparer.Ordinal).First());
        var positions = Tags.Select(tag => (Tag: tag, At: index.IndexOf(">" + System.Net.WebUtility.HtmlEncode(tag) + "<", StringComparison.Ordinal))).ToList();
        Assert.All(positions, position => Assert.True(position.At >= 0, $"{position.Tag} is not listed"));
        var expected = Tags.Order(StringComparer.OrdinalIgnoreCase).ToList();
        Assert.Equal(expected, positions.OrderBy(position => position.At).Select(position => position.Tag).ToList());
    }

    private static HostileSite TurkishSite()
    {
        var site = new HostileSite();
        for (var i = 0; i < Tags.Length; i++)
        {
            site.WritePage($"places/p{i:D2}.md", $"title: {Tags[(i * 5) % Tags.Length]} page\ntags: [\"{Tags[i]}\"]", $"About {Tags[i]}.\n");
        }
        site.WriteFile("templates/404.html",
            "<p>now={{ date.now | date.to_string '%d %b %Y %T %Z' }}</p>\n" +
            "<p>parsed={{ date.parse '2021-11-30 20:50:23Z' | date.to_string '%F %T %Z' }}</p>\n" +
            "<p>number={{ 1234.5 }}</p>\n");
        return site;
    }

    /// <summary>The tool's runtime settings with invariant globalization turned off, so that the runtime loads ICU.</summary>
    private static string IcuRuntimeConfig(string folder)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spoilergen.runtimeconfig.json")))!;
        config["runtimeOptions"]!["configProperties"]!["System.Globalization.Invariant"] = false;
        config["runtimeOptions"]!["configProperties"]!["System.Globalization.PredefinedCulturesOnly"] = false;
        var path = Path.Combine(folder, "icu.runtimeconfig.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    private static (int ExitCode, string Error) Run(HostileSite site, string output, string? runtimeConfig, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = site.Parent };
        start.ArgumentList.Add("exec");
        if (runtimeConfig is not null)
        {
            start.ArgumentList.Add("--runtimeconfig");
            start.ArgumentList.Add(runtimeConfig);
        }
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "spoilergen.dll"), "build", site.Root, "-o", output, "--force" }) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }
}
