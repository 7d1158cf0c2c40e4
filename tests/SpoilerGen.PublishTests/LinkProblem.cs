namespace SpoilerGen.PublishTests;

/// <summary>A reference that does not resolve as it should, with the page it was found on.</summary>
public sealed record LinkProblem(string Page, string Reference, string Problem)
{
    public override string ToString() => $"{Page}: {Reference}: {Problem}";
}
