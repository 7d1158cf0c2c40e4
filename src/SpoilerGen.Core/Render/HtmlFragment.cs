namespace SpoilerGen.Render;

/// <summary>
/// Text that is already HTML, such as a rendered page body. The template context prints it as it is;
/// every other value is escaped.
/// </summary>
public sealed record HtmlFragment(string Html)
{
    public override string ToString() => Html;
}
