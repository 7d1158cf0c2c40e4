using System.Text.RegularExpressions;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Incremental;

/// <summary>
/// Applies <see cref="SiteEdit"/>s to a generated site as an author would, file by file, keeping the site
/// buildable except for the one edit that is meant to break it (and is undone by the next of its kind).
/// </summary>
public sealed partial class SiteEditor(TestSite site, int episodeCount)
{
    private int _edits;

    private string Content => Path.Combine(site.Root, "content");

    public void Apply(SiteEdit edit)
    {
        var number = ++_edits;
        var pages = Directory.EnumerateFiles(Content, "*.md", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) is not "_index.md" and not "broken.md")
            .Order(StringComparer.Ordinal).ToList();
        var page = pages.Count == 0 ? null : pages[edit.Choice % pages.Count];
        switch (edit.Kind)
        {
            case SiteEditKind.Text when page is not null:
                File.AppendAllText(page, $"\nEdited text {number}, [hidden {number}]{{spoiler={Id(Math.Max(1, edit.Level))}}}.\n");
                break;
            case SiteEditKind.Level when page is not null:
                var text = SpoilerLine().Replace(File.ReadAllText(page), "");
                File.WriteAllText(page, edit.Level == 0 ? text : AfterOpening(text, $"spoiler: {Id(edit.Level)}\n"));
                break;
            case SiteEditKind.Title when page is not null:
                File.WriteAllText(page, FirstStartValue().Replace(File.ReadAllText(page), $"  start: Renamed {number}", 1));
                break;
            case SiteEditKind.Tags when page is not null:
                var withTags = File.ReadAllText(page);
                File.WriteAllText(page, withTags.Contains("\ntags:\n", StringComparison.Ordinal)
                    ? TagsBlock().Replace(withTags, "\n")
                    : AfterOpening(withTags, $"tags:\n  - {{ name: tag{edit.Choice % 3}, spoiler: {Id(edit.Level)} }}\n"));
                break;
            case SiteEditKind.AddPage:
                var folder = (edit.Choice % 3) switch { 0 => "", 1 => "section/", _ => "other/" };
                site.WritePage($"{folder}n{number}.md",
                    $"title:\n  start: New {number}\n" + (edit.Level > 0 ? $"  {Id(edit.Level)}: Later {number}\n" : "") + (edit.Level > 0 && edit.Choice % 2 == 0 ? $"spoiler: {Id(edit.Level)}\n" : ""),
                    $"New page {number}.\n\n## Part {number} {{spoiler={Id(Math.Max(1, edit.Level))}}}\n\nPart text {number}.\n");
                break;
            case SiteEditKind.DeletePage when page is not null && !IsLinked(page):
                File.Delete(page);
                break;
            case SiteEditKind.RenamePage when page is not null && !IsLinked(page):
                File.Move(page, Path.Combine(Path.GetDirectoryName(page)!, $"moved{number}.md"));
                break;
            case SiteEditKind.SectionIndex:
                var index = Path.Combine(Content, "section", "_index.md");
                if (File.Exists(index)) File.Delete(index);
                else site.WritePage("section/_index.md", $"title: Section {number}", $"About the section {number}.\n");
                break;
            case SiteEditKind.Template:
                var footer = Path.Combine(site.Root, "templates", "partials", "footer.html");
                if (File.Exists(footer) && edit.Choice % 2 == 0) File.Delete(footer);
                else site.WriteFile("templates/partials/footer.html", $"<footer>Own footer {number}</footer>\n");
                break;
            case SiteEditKind.Config:
                var config = Path.Combine(site.Root, "spoilergen.yml");
                File.WriteAllText(config, ConfigTitle().Replace(File.ReadAllText(config), $"title: Guide {number}", 1));
                break;
            case SiteEditKind.Touch when page is not null:
                File.WriteAllBytes(page, File.ReadAllBytes(page));
                File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddMinutes(number));
                break;
            case SiteEditKind.Translation when page is not null:
                // The site becomes bilingual at its first translation, and stays so.
                var configPath = Path.Combine(site.Root, "spoilergen.yml");
                var configText = File.ReadAllText(configPath);
                if (configText.Contains("language: en\n", StringComparison.Ordinal)) File.WriteAllText(configPath, configText.Replace("language: en\n", "languages:\n  en: {}\n  ko: {}\n", StringComparison.Ordinal));
                var translation = page.EndsWith(".ko.md", StringComparison.Ordinal) ? page : page[..^".md".Length] + ".ko.md";
                if (File.Exists(translation) && edit.Choice % 2 == 0) File.Delete(translation);
                else
                {
                    File.WriteAllText(translation, $"---\ntitle:\n  start: 번역 {number}\n" + (edit.Level > 0 ? $"  {Id(edit.Level)}: 나중 {number}\n" : "")
                        + (edit.Choice % 3 == 0 && edit.Level > 0 ? $"spoiler: {Id(edit.Level)}\n" : "")
                        + (edit.Choice % 5 == 0 ? $"tags:\n  - {{ name: 태그{edit.Choice % 2}, spoiler: {Id(edit.Level)} }}\n" : "")
                        + $"---\n번역 {number}, [숨김 {number}]{{spoiler={Id(Math.Max(1, edit.Level))}}}.\n");
                }
                break;
            case SiteEditKind.SectionFolder:
                // A whole section, its list page and a page in it, added or removed at once (as a checkout or a folder moved in does).
                var extra = Path.Combine(Content, "extra");
                if (Directory.Exists(extra))
                {
                    Directory.Delete(extra, recursive: true);
                }
                else
                {
                    site.WritePage("extra/_index.md", $"title: Extra {number}\n" + (edit.Level > 0 ? $"spoiler: {Id(edit.Level)}\n" : ""), $"About extra {number}.\n");
                    site.WritePage($"extra/e{number}.md", $"title:\n  start: Extra page {number}\n", $"Extra text {number}, [hidden {number}]{{spoiler={Id(Math.Max(1, edit.Level))}}}.\n");
                }
                break;
            case SiteEditKind.Link when page is not null && !IsTranslation(page) && pages.Count(other => !IsTranslation(other)) > 1:
                // A link to another page: which trees show the target decides the body in each tree, not the page's own text.
                var targets = pages.Where(other => other != page && !IsTranslation(other)).ToList();
                var target = targets[edit.Choice % targets.Count];
                var relative = Path.GetRelativePath(Path.GetDirectoryName(page)!, target).Replace('\\', '/');
                File.AppendAllText(page, $"\nSee [the other page {number}]({relative}).\n");
                break;
            case SiteEditKind.HeadingLink when page is not null && !IsTranslation(page) && pages.Count(other => !IsTranslation(other)) > 1:
                // A link to a heading of another page, shown from a level: the linking page's body then reads the target's
                // text and level, so a later edit of the target alone must render the linking page again.
                var headed = pages.Where(other => other != page && !IsTranslation(other)).ToList();
                var headedPage = headed[edit.Choice % headed.Count];
                File.AppendAllText(headedPage, $"\n## Anchor {number}" + (edit.Level > 0 ? $" {{spoiler={Id(edit.Level)}}}" : "") + $"\n\nAnchored text {number}.\n");
                var toHeading = Path.GetRelativePath(Path.GetDirectoryName(page)!, headedPage).Replace('\\', '/');
                File.AppendAllText(page, $"\nSee [the heading {number}]({toHeading}#anchor-{number}).\n");
                break;
            case SiteEditKind.NoteHeadingLink when page is not null && !IsTranslation(page) && pages.Count(other => !IsTranslation(other)) > 1:
                // A heading inside a footnote takes its level from the blocks that reference the note, so the level of a
                // block on the target page alone decides whether the linking page's fragment is kept in a tree.
                var notedPages = pages.Where(other => other != page && !IsTranslation(other)).ToList();
                var noted = notedPages[edit.Choice % notedPages.Count];
                var notedText = File.ReadAllText(noted);
                var blockLevel = Id(Math.Max(1, edit.Level));
                if (NotedBlockOpening().IsMatch(notedText))
                {
                    File.WriteAllText(noted, NotedBlockOpening().Replace(notedText, $"::: spoiler {blockLevel}\n", 1));
                }
                else
                {
                    var bodyStart = notedText.StartsWith("---\n", StringComparison.Ordinal) ? notedText.IndexOf("\n---\n", 3, StringComparison.Ordinal) + "\n---\n".Length : 0;
                    File.WriteAllText(noted, notedText[..bodyStart]
                        + $"::: spoiler {blockLevel}\nNoted reference[^noted].\n:::\n\n[^noted]: ## Noted heading\n\nNoted end.\n\n" + notedText[bodyStart..]);
                }
                var toNote = Path.GetRelativePath(Path.GetDirectoryName(page)!, noted).Replace('\\', '/');
                File.AppendAllText(page, $"\nSee [the noted heading {number}]({toNote}#noted-heading).\n");
                break;
            case SiteEditKind.MovePage when page is not null && !IsLinked(page) && !IsTranslation(page) && !File.ReadAllText(page).Contains(".md)", StringComparison.Ordinal)
                && !File.ReadAllText(page).Contains(".md#", StringComparison.Ordinal):
                // Across folders: the page leaves one section's lists for another's.
                var into = Path.Combine(Content, (edit.Choice % 3) switch { 0 => "", 1 => "section", _ => "other" });
                if (Path.GetDirectoryName(page) == Path.TrimEndingDirectorySeparator(into)) into = Path.Combine(Content, "moved");
                Directory.CreateDirectory(into);
                File.Move(page, Path.Combine(into, $"m{number}.md"));
                break;
            case SiteEditKind.BrokenPage:
                var broken = Path.Combine(Content, "broken.md");
                if (File.Exists(broken)) File.Delete(broken);
                else site.WritePage("broken.md", "title: Broken", $"::: spoiler s{episodeCount + 1:00}e99\nNo such episode.\n:::\n");
                break;
        }
    }

    public string Describe() => string.Join("\n", Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(file => $"== {Path.GetRelativePath(site.Root, file)}\n{File.ReadAllText(file)}"));

    /// <summary>Whether another page links to this one: deleting it would break the build for good.</summary>
    private bool IsLinked(string page) =>
        Directory.EnumerateFiles(Content, "*.md", SearchOption.AllDirectories)
            .Any(other => other != page && File.ReadAllText(other) is var text
                && (text.Contains(Path.GetFileName(page) + ")", StringComparison.Ordinal) || text.Contains(Path.GetFileName(page) + "#", StringComparison.Ordinal)));

    private static bool IsTranslation(string page) => page.EndsWith(".ko.md", StringComparison.Ordinal);

    /// <summary>The text with a front matter line put first, after the opening '---'.</summary>
    private static string AfterOpening(string text, string line) => text.StartsWith("---\n", StringComparison.Ordinal) ? "---\n" + line + text[4..] : text;

    private static string Id(int level) => level == 0 ? "start" : $"s01e{level:00}";

    [GeneratedRegex("^spoiler: .*\n", RegexOptions.Multiline)]
    private static partial Regex SpoilerLine();

    [GeneratedRegex("^  start: .*$", RegexOptions.Multiline)]
    private static partial Regex FirstStartValue();

    [GeneratedRegex("\ntags:\n(  - .*\n)*")]
    private static partial Regex TagsBlock();

    [GeneratedRegex("^::: spoiler \\S+\n(?=Noted reference)", RegexOptions.Multiline)]
    private static partial Regex NotedBlockOpening();

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex ConfigTitle();
}
