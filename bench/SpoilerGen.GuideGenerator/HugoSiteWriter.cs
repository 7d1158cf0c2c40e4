using System.Text;

namespace SpoilerGen.Bench;

/// <summary>
/// Writes the same guide as a Hugo site with the same pages: one top-level section per tree, holding
/// every page that tree shows, each with the text that tree shows (the spoiler markup already applied),
/// and layouts with the same chrome (sections, breadcrumbs, tags, contents, pager, episode menu).
/// </summary>
public sealed class HugoSiteWriter(IReadOnlyList<GuidePage> pages, int episodes)
{
    public void Write(string siteFolder)
    {
        var trees = TreeLevels();
        Directory.CreateDirectory(siteFolder);
        File.WriteAllText(Path.Combine(siteFolder, "hugo.toml"), Config(trees));
        WriteLayouts(siteFolder);
        Directory.CreateDirectory(Path.Combine(siteFolder, "content"));
        File.WriteAllText(Path.Combine(siteFolder, "content", "_index.md"), "---\ntitle: \"The generated guide\"\n---\n");
        foreach (var tree in trees)
        {
            foreach (var page in pages.Where(page => page.Level <= tree))
            {
                var relative = page.Folder.Length == 0 && page.IsIndex ? "_index.md" : page.ContentPath;
                var path = Path.Combine(siteFolder, "content", TreePath(tree), relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, Source(page, tree));
            }
        }
    }

    /// <summary>The checkpoints at which anything changes: the trees SpoilerGen makes.</summary>
    public List<int> TreeLevels()
    {
        var levels = new SortedSet<int> { 0 };
        for (var level = 3; level <= episodes; level += 3) levels.Add(level);
        foreach (var page in pages)
        {
            levels.Add(page.Level);
            foreach (var level in page.Title.Select(t => t.Level).Concat(page.Summary.Select(s => s.Level)).Concat(page.Tags.Select(t => t.Level))) levels.Add(Math.Max(level, page.Level));
            foreach (var element in page.Body)
            {
                levels.Add(element.Level);
                var paragraphs = element switch
                {
                    GuideElement.Paragraph paragraph => [paragraph],
                    GuideElement.Block block => block.Paragraphs,
                    _ => [],
                };
                foreach (var run in paragraphs.SelectMany(p => p.Runs)) levels.Add(Math.Max(run.Level, element.Level));
            }
        }
        return [.. levels.Where(level => level <= episodes)];
    }

    private static string TreePath(int tree) => SpoilerGenSiteWriter.EpisodeId(tree);

    private string Config(List<int> trees)
    {
        var text = new StringBuilder();
        text.AppendLine("baseURL = 'https://example.github.io/bench/'").AppendLine("title = 'The generated guide'")
            .AppendLine("languageCode = 'en'").AppendLine("disableKinds = ['RSS']").AppendLine("[taxonomies]").AppendLine("  tag = 'tags'")
            .AppendLine("[markup.goldmark.renderer]").AppendLine("  unsafe = false")
            .AppendLine("[params]");
        text.Append("  checkpoints = [").AppendJoin(", ", Enumerable.Range(0, episodes + 1).Select(level =>
            $"{{ path = '{TreePath(trees.Last(tree => tree <= level))}', label = '{(level == 0 ? "Not started" : $"Season {(level - 1) / 12 + 1}, Episode {(level - 1) % 12 + 1}")}' }}")).AppendLine("]");
        return text.ToString();
    }

    private string Source(GuidePage page, int tree)
    {
        var text = new StringBuilder("---\n");
        text.Append($"title: \"{GuidePage.At(page.Title, tree)}\"\n");
        text.Append($"description: \"{GuidePage.At(page.Summary, tree)}\"\n");
        var tags = page.Tags.Where(tag => Math.Max(tag.Level, page.Level) <= tree).Select(tag => $"\"{TreePath(tree)}-{tag.Name}\"").ToList();
        if (tags.Count > 0) text.Append("tags: [").AppendJoin(", ", tags).Append("]\n");
        text.Append($"weight: {page.Weight}\n---\n\n");
        var shown = true;
        foreach (var element in page.Body)
        {
            switch (element)
            {
                case GuideElement.Heading heading:
                    shown = heading.Level <= tree;
                    if (shown) text.Append("## ").Append(heading.Text).Append("\n\n");
                    break;
                case GuideElement.Block block when shown && block.Level <= tree:
                    foreach (var paragraph in block.Paragraphs) Paragraph(text, paragraph, tree);
                    break;
                case GuideElement.Paragraph paragraph when shown && paragraph.Level <= tree:
                    Paragraph(text, paragraph, tree);
                    break;
            }
        }
        return text.ToString();
    }

    private void Paragraph(StringBuilder text, GuideElement.Paragraph paragraph, int tree)
    {
        text.AppendJoin(' ', paragraph.Runs.Where(run => run.Level <= tree).Select(run =>
            run.LinkTo is { } target ? $"[{run.Text}](/bench/{TreePath(tree)}/{pages[target].UrlPath})" : run.Text));
        text.Append("\n\n");
    }

    private static void WriteLayouts(string siteFolder)
    {
        var layouts = Path.Combine(siteFolder, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} · {{ site.Title }}</title>
            <meta name="description" content="{{ .Description }}">
            <link rel="canonical" href="{{ .Permalink }}">
            <meta property="og:type" content="website">
            <meta property="og:title" content="{{ .Title }}">
            <meta property="og:description" content="{{ .Description }}">
            <meta property="og:url" content="{{ .Permalink }}">
            <link rel="stylesheet" href="/bench/style.css">
            </head>
            <body>
            <header class="site-header">
            {{- $tree := .FirstSection }}
            <p class="site-title"><a href="{{ $tree.RelPermalink }}">{{ site.Title }}</a></p>
            <nav class="sections"><ul>
            {{- range $tree.Sections }}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
            {{- end }}
            </ul></nav>
            <details class="change-episode"><summary>Change episode</summary><ul>
            {{- $path := .RelPermalink }}{{ $from := printf "/%s/" .Section }}
            {{- range site.Params.checkpoints }}
            <li><a href="{{ replace $path $from (printf "/%s/" .path) }}">{{ .label }}</a></li>
            {{- end }}
            </ul></details>
            </header>
            <main id="main">
            {{- block "main" . }}{{ end }}
            </main>
            <footer class="site-footer"><p>Built with Hugo</p></footer>
            </body>
            </html>
            """);
        File.WriteAllText(Path.Combine(layouts, "single.html"), """
            {{ define "main" }}
            <article>
            <nav class="crumbs"><ol>
            {{- range .Ancestors.Reverse }}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
            {{- end }}
            <li><a href="{{ .RelPermalink }}" aria-current="page">{{ .Title }}</a></li>
            </ol></nav>
            <h1>{{ .Title }}</h1>
            <p class="summary">{{ .Description }}</p>
            {{- with .GetTerms "tags" }}
            <div class="tags"><ul>
            {{- range . }}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
            {{- end }}
            </ul></div>
            {{- end }}
            <nav class="toc">{{ .TableOfContents }}</nav>
            <div class="content">
            {{ .Content }}
            </div>
            <nav class="pager"><ul>
            {{- with .PrevInSection }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
            {{- with .NextInSection }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
            </ul></nav>
            </article>
            {{ end }}
            """);
        File.WriteAllText(Path.Combine(layouts, "list.html"), """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <p class="summary">{{ .Description }}</p>
            <div class="content">
            {{ .Content }}
            </div>
            <ul class="page-list">
            {{- range .Pages }}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
            <p>{{ .Description }}</p></li>
            {{- end }}
            </ul>
            {{ end }}
            """);
    }
}
