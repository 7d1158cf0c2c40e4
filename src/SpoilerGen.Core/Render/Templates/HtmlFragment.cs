namespace SpoilerGen.Render.Templates;

/// <summary>
/// Text that is already HTML, such as a rendered page body. The template context prints it as it is;
/// every other value is escaped.
/// </summary>
public sealed record HtmlFragment(string Html)
{
    /// <summary>
    /// The same words as plain text, for where markup cannot go: printed inside a tag (an attribute's value),
    /// the fragment is this text, escaped. Null for a fragment that has no such form, such as a page body.
    /// </summary>
    public string? Text { get; init; }

    public override string ToString() => Html;
}
