namespace SpoilerGen.Markup.Checks;

/// <summary>Where in a text another tool's spoiler syntax starts, what it is, and the text that shows it.</summary>
public sealed record ForeignSyntaxMatch(int Index, string Text, ForeignSpoilerSyntax Syntax)
{
    /// <summary>The message for this syntax found in <paramref name="where"/> ("the text", "the front matter value of 'title'").</summary>
    public string Message(string where) =>
        $"{where} holds {Syntax.Name}: '{Text.Trim()}'. SpoilerGen does not read it as markup, so its text would be published in every tree; {Syntax.Equivalent}";
}
