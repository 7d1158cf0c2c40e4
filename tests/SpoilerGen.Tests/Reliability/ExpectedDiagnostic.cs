namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// A diagnostic a case must produce: its code, the end of its file's path ('/' separators, relative to
/// the folder holding the site, such as "site/static/p.txt"), and its line and column where they are known.
/// </summary>
public sealed record ExpectedDiagnostic(string Code, string PathEnding, int? Line = null, int? Column = null)
{
    public override string ToString() => $"{PathEnding}({Line?.ToString() ?? "*"},{Column?.ToString() ?? "*"}): {Code}";
}
