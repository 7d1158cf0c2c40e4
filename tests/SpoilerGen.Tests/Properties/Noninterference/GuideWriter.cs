using System.Text;

namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>
/// Writes a <see cref="GuideSpec"/> as a site folder: spoilergen.yml and content/. With a <paramref name="language"/>,
/// it writes only the content, as that language's translation files (<c>p0.ko.md</c>, <c>_index.ko.md</c>).
/// </summary>
public sealed class GuideWriter(GuideSpec spec, string? language = null)
{
    private readonly string _suffix = language is null ? ".md" : $".{language}.md";

    /// <summary>The refusals of the body being written: each by its distance from the body's end, which is the file's end too.</summary>
    private readonly List<(int FromEnd, string Code)> _bodyRefusals = [];

    private readonly List<ExpectedRefusal> _refusals = [];

    /// <summary>
    /// The errors the build of what <see cref="Write"/> wrote must fail with, by file, line and column (none: it must
    /// build). They follow from the pieces' kinds and levels, so every variant of a guide is refused at the same places.
    /// </summary>
    public IReadOnlyList<ExpectedRefusal> Refusals => _refusals;

    public void Write(string root)
    {
        if (language is null) WriteFile(root, "spoilergen.yml", Config());
        WriteFile(root, $"content/_index{_suffix}", "---\ntitle: Home\n---\n" + Body(spec.HomeBody, 0, ""));
        foreach (var folder in spec.Folders.Where(f => f.IndexLevel is not null))
        {
            var frontMatter = new StringBuilder();
            AppendEntries(frontMatter, "title", folder.IndexTitle);
            if (folder.IndexLevel > 0) frontMatter.AppendLine($"spoiler: {spec.LevelId(folder.IndexLevel.Value)}");
            if (folder.IndexDraft) frontMatter.AppendLine("draft: true");
            WriteFile(root, $"content/{folder.Path}/_index{_suffix}", $"---\n{frontMatter}---\n{Body(folder.IndexBody, spec.FolderLevel(folder.Path), folder.Path)}");
        }
        foreach (var page in spec.Pages) WriteFile(root, "content/" + spec.ContentPath(page)[..^".md".Length] + _suffix, Page(page));
    }

    public string Config()
    {
        var config = new StringBuilder("title: Generated guide\nbase_url: https://example.org/guide/\nlanguage: en\n");
        if (spec.Checkpoints is { } checkpoints) config.AppendLine($"checkpoints: [{string.Join(", ", checkpoints.Select(spec.EpisodeId))}]");
        config.AppendLine("series:\n  title: Generated series\n  seasons:");
        for (var level = 1; level <= spec.Episodes; level++)
        {
            if (level == 1 || level == spec.FirstSeasonLength + 1)
            {
                config.AppendLine($"    - number: {(level == 1 ? 1 : 2)}\n      episodes:");
            }
            config.AppendLine($"        - id: {spec.EpisodeId(level)}");
            if (spec.TitledEpisodes[level - 1]) config.AppendLine($"          title: Title of episode {level}");
        }
        return config.ToString();
    }

    private string Page(GuidePage page)
    {
        var frontMatter = new StringBuilder();
        AppendEntries(frontMatter, "title", page.Title);
        if (page.Summary.Length > 0) AppendEntries(frontMatter, "summary", page.Summary);
        if (page.Level > 0) frontMatter.AppendLine($"spoiler: {spec.LevelId(page.Level)}");
        if (page.Draft) frontMatter.AppendLine("draft: true");
        if (page.Slug is not null) frontMatter.AppendLine($"slug: {page.Slug}");
        if (page.Date is not null) frontMatter.AppendLine($"date: {page.Date}");
        if (page.Tags.Length > 0)
        {
            frontMatter.AppendLine("tags:");
            foreach (var tag in page.Tags) frontMatter.AppendLine($"  - {{ name: {tag.Text}, spoiler: {spec.LevelId(tag.Level)} }}");
        }
        return $"---\n{frontMatter}---\n{Body(page.Body, spec.PageLevel(page), page.Folder)}";
    }

    private void AppendEntries(StringBuilder frontMatter, string key, GuideEntry[] entries)
    {
        frontMatter.AppendLine($"{key}:");
        foreach (var entry in entries) frontMatter.AppendLine($"  {spec.LevelId(entry.Level)}: {entry.Text}");
    }

    private string Body(GuideNode[] nodes, int level, string folder)
    {
        var body = new StringBuilder();
        var footnotes = new List<string>();
        var refusals = new List<(int Offset, string Code)>();
        AppendNodes(body, nodes, level, blockLevel: 0, rank: 2, folder, footnotes, refusals, pageLevel: level);
        // Notes at the top level, after everything: one written inside a spoiler block would be refused (SG0231).
        foreach (var footnote in footnotes) body.AppendLine().Append(footnote);
        _bodyRefusals.AddRange(refusals.Select(refusal => (body.Length - refusal.Offset, refusal.Code)));
        return body.ToString();
    }

    /// <param name="blockLevel">the level the spoiler blocks and sections around the nodes are shown from, the page's own level left out</param>
    /// <param name="refusals">where in the body a phrase the build must refuse starts, and the code</param>
    /// <param name="pageLevel">the level the page is shown from: a node at it is shown wherever the page is</param>
    private void AppendNodes(StringBuilder body, GuideNode[] nodes, int level, int blockLevel, int rank, string folder, List<string> footnotes,
        List<(int Offset, string Code)> refusals, int pageLevel)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case GuideParagraph { PhraseLevel: null } paragraph:
                    body.AppendLine($"{paragraph.Text}.").AppendLine();
                    break;
                case GuideParagraph { PhraseLevel: { } phrase } paragraph:
                    // Comments inside and around the phrase: every tree drops them, and they must not change what else it shows.
                    body.AppendLine($"{paragraph.Text} <!-- a note --> [{paragraph.PhraseText}<!-- a note -->]{{spoiler={spec.LevelId(phrase)}}} end.").AppendLine();
                    break;
                case GuideHeading heading:
                    body.AppendLine($"{new string('#', Math.Min(heading.SameRank ? rank : rank + 1, 6))} {heading.Text}").AppendLine();
                    break;
                case GuideLink link:
                    var fragment = link.FragmentChoice is { } choice && FragmentsShownFrom(link.Target, level) is { Count: > 0 } fragments
                        ? "#" + fragments[choice % fragments.Count] : "";
                    var relative = Path.GetRelativePath(folder.Length == 0 ? "." : folder, link.Target).Replace('\\', '/');
                    body.AppendLine($"See [{link.Text}]({relative}{fragment}).").AppendLine();
                    break;
                case GuideShape shape:
                    var label = $"^f{footnotes.Count + 1}";
                    var episode = spec.LevelId(shape.Level);
                    // The label from what every variant keeps of a shown piece: a label is text where the phrase is shown.
                    var markdown = shape.Markdown(episode, label, $"r-{shape.Visible.Replace(' ', '-')}-{shape.Level}-{blockLevel}");
                    if (shape.RefusalCode(blockLevel) is { } code)
                        refusals.AddRange(shape.PhraseOffsets(markdown, episode).Select(offset => (body.Length + offset, code)));
                    body.AppendLine(markdown);
                    if (shape.Kind is GuideShapeKind.FootnoteTail or GuideShapeKind.FootnoteHeading) footnotes.Add(shape.FootnoteDefinition(spec.LevelId(shape.Level), label, shownWithPage: level == pageLevel));
                    break;
                case GuideBlock block:
                    body.AppendLine($"::: spoiler {spec.LevelId(block.Level)}");
                    // A closed code fence holding ':::' inside the block: it must not end the block.
                    body.AppendLine("```").AppendLine(":::").AppendLine("```").AppendLine();
                    AppendNodes(body, block.Inner, Math.Max(level, block.Level), Math.Max(blockLevel, block.Level), rank, folder, footnotes, refusals, pageLevel);
                    body.AppendLine(":::").AppendLine();
                    break;
                case GuideSection section:
                    var hashes = new string('#', rank);
                    body.AppendLine($"{hashes} {section.Heading} {{spoiler={spec.LevelId(section.Level)}}}").AppendLine();
                    AppendNodes(body, section.Inner, Math.Max(level, section.Level), Math.Max(blockLevel, section.Level), rank + 1, folder, footnotes, refusals, pageLevel);
                    body.AppendLine($"{hashes} {section.Closing}").AppendLine();
                    break;
            }
        }
    }

    /// <summary>
    /// Ids of the target's headings that every tree showing the link also shows, and whose text no other such
    /// heading has: fragments that resolve wherever the link does.
    /// </summary>
    private List<string> FragmentsShownFrom(string target, int linkLevel)
    {
        var page = spec.Pages.First(p => spec.ContentPath(p) == target);
        var headings = new List<(string Text, int Level)>();
        CollectHeadings(page.Body, spec.PageLevel(page), headings);
        var shown = headings.Where(h => h.Level <= linkLevel).ToList();
        return [.. shown.GroupBy(h => h.Text).Where(g => g.Count() == 1).Select(g => g.Key.Replace(' ', '-'))];
    }

    private static void CollectHeadings(GuideNode[] nodes, int level, List<(string Text, int Level)> headings)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case GuideHeading heading:
                    headings.Add((heading.Text, level));
                    break;
                case GuideBlock block:
                    CollectHeadings(block.Inner, Math.Max(level, block.Level), headings);
                    break;
                case GuideSection section:
                    headings.Add((section.Heading, Math.Max(level, section.Level)));
                    CollectHeadings(section.Inner, Math.Max(level, section.Level), headings);
                    headings.Add((section.Closing, level));
                    break;
            }
        }
    }

    private void WriteFile(string root, string relativePath, string text)
    {
        foreach (var (fromEnd, code) in _bodyRefusals)
        {
            var offset = text.Length - fromEnd;
            var lineStart = text.LastIndexOf('\n', offset - 1) + 1;
            _refusals.Add(new ExpectedRefusal(relativePath, text[..offset].Count(c => c == '\n') + 1, offset - lineStart + 1, code));
        }
        _bodyRefusals.Clear();
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
