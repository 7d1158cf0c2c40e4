using SpoilerGen.Bench;

// guide-generator --sources N --episodes E [--seed S] --spoilergen DIR [--hugo DIR]
var options = args.Select((value, index) => (value, index)).Where(pair => pair.value.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(pair => pair.value[2..], pair => pair.index + 1 < args.Length ? args[pair.index + 1] : "");
if (!options.TryGetValue("sources", out var sourcesText) || !options.TryGetValue("episodes", out var episodesText) || !options.ContainsKey("spoilergen"))
{
    Console.Error.WriteLine("usage: guide-generator --sources N --episodes E [--seed S] --spoilergen DIR [--hugo DIR]");
    return 2;
}
var sources = int.Parse(sourcesText, System.Globalization.CultureInfo.InvariantCulture);
var episodes = int.Parse(episodesText, System.Globalization.CultureInfo.InvariantCulture);
var seed = options.TryGetValue("seed", out var seedText) ? int.Parse(seedText, System.Globalization.CultureInfo.InvariantCulture) : 1;

var pages = new GuideGenerator(sources, episodes, seed).Generate();
new SpoilerGenSiteWriter(pages, episodes).Write(options["spoilergen"]);
if (options.TryGetValue("hugo", out var hugoFolder)) new HugoSiteWriter(pages, episodes).Write(hugoFolder);
Console.WriteLine($"{pages.Count} sources, {episodes} episodes, seed {seed}: {new HugoSiteWriter(pages, episodes).TreeLevels().Count} trees");
return 0;
