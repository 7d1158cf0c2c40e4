using System.Text;
using Scriban.Parsing;
using Scriban.Syntax;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// What one output of a render holds that the templates wrote themselves, in order: their text, and the values they
/// made (literals, and what operators, functions and captures build), each with the place in a template that wrote
/// it. A value from the site (a page's body, a title, anything the views give) stands as one placeholder character:
/// it is checked where it is written, and a body may show spoiler markup in code.
/// </summary>
/// <remarks>
/// Each piece alone passes <see cref="TemplateMarkupCheck"/> at load; this is where markup a template assembles from
/// pieces (<c>[words]{{ "{spoi" }}ler=s01e04}</c>) is seen, in what the render printed.
/// </remarks>
public sealed class TemplateWrittenText
{
    /// <summary>
    /// Stands for a value from the site in <see cref="Text"/>. It differs from tree to tree and page to page, so markup
    /// is not read across it: the runs of text between two of them are what the templates put together.
    /// </summary>
    public const char SiteValue = '\uFFFC';

    private readonly StringBuilder _text = new();
    private readonly List<Piece> _pieces = [];

    /// <summary>
    /// Where a piece starts in <see cref="_text"/>, and where it was written: a template's text (its exact place is
    /// found in <paramref name="Raw"/>), or a value written by the statement at <paramref name="Statement"/>.
    /// </summary>
    private readonly record struct Piece(int Start, SourceSpan Statement, ScriptStringSlice Raw, bool IsRaw);

    public string Text => _text.ToString();

    public void AddTemplateText(ScriptRawStatement raw)
    {
        if (raw.Text.Length == 0 || raw.Text.FullText is null) return;
        _pieces.Add(new Piece(_text.Length, raw.Span, raw.Text, IsRaw: true));
        _text.Append(raw.Text.FullText, raw.Text.Index, raw.Text.Length);
    }

    public void AddMadeValue(string text, SourceSpan statement)
    {
        if (text.Length == 0) return;
        _pieces.Add(new Piece(_text.Length, statement, default, IsRaw: false));
        _text.Append(text);
    }

    public void AddSiteValue(string text)
    {
        if (text.Length > 0 && (_text.Length == 0 || _text[^1] != SiteValue)) _text.Append(SiteValue);
    }

    /// <summary>What an include or a capture wrote, printed here as a whole.</summary>
    public void Add(TemplateWrittenText inner)
    {
        var shift = _text.Length;
        foreach (var piece in inner._pieces) _pieces.Add(piece with { Start = piece.Start + shift });
        _text.Append(inner._text);
    }

    /// <summary>The place in a template that wrote the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public SourcePosition PositionOf(int index)
    {
        var found = _pieces.FindLastIndex(piece => piece.Start <= index);
        if (found < 0) return SourcePosition.StartOf("(template)");
        var piece = _pieces[found];
        if (!piece.IsRaw) return new SourcePosition(piece.Statement.FileName ?? "(template)", piece.Statement.Start.Line + 1, piece.Statement.Start.Column + 1);

        // A template's text: its exact place, counted in the template's source from its start.
        var source = piece.Raw.FullText!;
        return SourcePosition.At(piece.Statement.FileName ?? "(template)", source, piece.Raw.Index + (index - piece.Start));
    }
}
