using System.Text;

namespace SpoilerGen.Bench;

/// <summary>Writes a generated guide as a SpoilerGen site: spoilergen.yml and content/ with spoiler markup.</summary>
public sealed class SpoilerGenSiteWriter(IReadOnlyList<GuidePage> pages, int episodes)
{
    public const int EpisodesPerSeason = 12;

    public static string EpisodeId(int level) => level == 0 ? "start" : $"s{(level - 1) / EpisodesPerSeason + 1:00}e{(level - 1) % EpisodesPerSeason + 1:00}";

    public void Write(string siteFolder)
    {
        Directory.CreateDirectory(siteFolder);
        File.WriteAllText(Path.Combine(siteFolder, "spoilergen.yml"), Config());
        foreach (var page in pages)
        {
            var path = Path.Combine(siteFolder, "content", page.ContentPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Source(page));
        }
    }

    private string Config()
    {
        var text = new StringBuilder();
        text.AppendLine("title: The generated guide").AppendLine("description: A guide generated for benchmarks.")
            .AppendLine("base_url: https://example.github.io/bench/").AppendLine("language: en")
            .AppendLine("series:").AppendLine("  title: The generated series").AppendLine("  seasons:");
        for (var level = 1; level <= episodes; level++)
        {
            if ((level - 1) % EpisodesPerSeason == 0) text.AppendLine($"    - number: {(level - 1) / EpisodesPerSeason + 1}").AppendLine("      episodes:");
            text.AppendLine($"        - id: {EpisodeId(level)}");
            if (level % 3 == 0) text.AppendLine($"          title: Episode title {level}");
        }
        return text.ToString();
    }

    private string Source(GuidePage page)
    {
        var text = new StringBuilder("---\n");
        Progressive(text, "title", page.Title, page.Level);
        Progressive(text, "summary", page.Summary, page.Level);
        if (page.Tags.Count > 0)
        {
            text.Append("tags: [").AppendJoin(", ", page.Tags.Select(tag => tag.Level > page.Level ? $"{{ name: {tag.Name}, spoiler: {EpisodeId(tag.Level)} }}" : tag.Name)).Append("]\n");
        }
        text.Append($"weight: {page.Weight}\n");
        if (page.Level > 0 && !page.IsIndex) text.Append($"spoiler: {EpisodeId(page.Level)}\n");
        text.Append("---\n\n");
        var context = page.Level;
        foreach (var element in page.Body)
        {
            switch (element)
            {
                case GuideElement.Heading heading:
                    context = heading.Level;
                    text.Append("## ").Append(heading.Text).Append(heading.Level > page.Level ? $" {{spoiler={EpisodeId(heading.Level)}}}" : "").Append("\n\n");
                    break;
                case GuideElement.Block block:
                    text.Append($"::: spoiler {EpisodeId(block.Level)}\n");
                    foreach (var paragraph in block.Paragraphs) Paragraph(text, page, paragraph, block.Level);
                    text.Append(":::\n\n");
                    break;
                case GuideElement.Paragraph paragraph:
                    Paragraph(text, page, paragraph, context);
                    break;
            }
        }
        return text.ToString();
    }

    private void Paragraph(StringBuilder text, GuidePage page, GuideElement.Paragraph paragraph, int context)
    {
        text.AppendJoin(' ', paragraph.Runs.Select(run =>
            run.LinkTo is { } target ? $"[{run.Text}]({RelativeLink(page, pages[target])})"
            : run.Level > context ? $"[{run.Text}]{{spoiler={EpisodeId(run.Level)}}}"
            : run.Text));
        text.Append("\n\n");
    }

    private static void Progressive(StringBuilder text, string key, IReadOnlyList<(int Level, string Value)> values, int pageLevel)
    {
        if (values.Count == 1)
        {
            text.Append($"{key}: \"{values[0].Value}\"\n");
            return;
        }
        text.Append($"{key}:\n");
        foreach (var (level, value) in values) text.Append($"  {EpisodeId(Math.Max(level, pageLevel))}: \"{value}\"\n");
    }

    private static string RelativeLink(GuidePage from, GuidePage to)
    {
        var up = from.Folder.Length == 0 ? "" : "../";
        return up + to.ContentPath;
    }
}
