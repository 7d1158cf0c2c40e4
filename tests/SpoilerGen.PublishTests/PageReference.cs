namespace SpoilerGen.PublishTests;

/// <summary>One URL that a page refers to, and where in the page it stands (for messages).</summary>
public sealed record PageReference(string Element, string Attribute, string Value)
{
    public override string ToString() => $"<{Element} {Attribute}=\"{Value}\">";
}
