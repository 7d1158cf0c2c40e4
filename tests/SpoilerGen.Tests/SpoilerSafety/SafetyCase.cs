namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// One small site of the spoiler-safety corpus and what must come of it: either it builds and no tree
/// before the marker's episode holds the marker, or it fails with one diagnostic at a given place.
/// </summary>
/// <param name="Name">a short, unique name: the test's name</param>
/// <param name="Files">the site's files, by path from the site's folder; the config is the test site's own unless given</param>
/// <param name="Expected">the outcome</param>
public sealed record SafetyCase(string Name, IReadOnlyDictionary<string, string> Files, SafetyOutcome Expected)
{
    /// <summary>The file most cases write: a page with a title, then <paramref name="body"/>.</summary>
    public const string PagePath = "content/page.md";

    public static SafetyCase Page(string name, string body, SafetyOutcome expected) =>
        new(name, new Dictionary<string, string> { [PagePath] = "---\ntitle: Page\n---\n" + body }, expected);

    public static SafetyCase File(string name, string path, string text, SafetyOutcome expected) =>
        new(name, new Dictionary<string, string> { [path] = text }, expected);

    /// <summary>Whether the site allows raw HTML (<c>markup: { raw_html: true }</c>); off, as by default.</summary>
    public bool RawHtml { get; init; }

    /// <summary>The same case in a site that allows raw HTML: every check must still hold there.</summary>
    public SafetyCase WithRawHtml() => this with { RawHtml = true };

    public override string ToString() => Name;
}
