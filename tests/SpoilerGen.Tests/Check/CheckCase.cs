using SpoilerGen.Load.Sources;

namespace SpoilerGen.Tests.Check;

/// <summary>
/// One small site of the <c>check</c> corpus: its pages (path under content/, front matter, body) and the
/// diagnostics it must give, each as <c>SGnnnn path(line,col)</c> with the path under the site folder;
/// an empty list means the case must give none.
/// </summary>
public sealed record CheckCase(string Name, (string Path, string FrontMatter, string Body)[] Pages, string[] Expected)
{
    public override string ToString() => Name;
}
