using Scriban.Parsing;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// Finds the statement that a missing <c>{{ end }}</c> should close. Scriban reports the error where it
/// ran out of template, which is rarely where the author must look; this reads the template's tokens with
/// Scriban's own lexer and returns the innermost block statement left open.
/// </summary>
public static class UnclosedStatementFinder
{
    private static readonly HashSet<string> BlockKeywords = new(StringComparer.Ordinal)
    {
        "if", "for", "while", "tablerow", "case", "capture", "with", "wrap", "func",
    };

    /// <summary>Scriban's parser says this, in its own words, when a block has no <c>end</c>.</summary>
    public static bool IsMissingEnd(string parserMessage) => parserMessage.Contains("<end> statement was not found", StringComparison.Ordinal);

    /// <summary>The keyword and one-based position of the innermost block statement with no <c>end</c>, or null when every block is closed.</summary>
    public static (string Keyword, SourcePosition Position)? Find(string template, string path)
    {
        var open = new Stack<(string Keyword, SourcePosition Position)>();
        var atStatementStart = false;
        foreach (var token in new Lexer(template, path))
        {
            if (token.Type is TokenType.CodeEnter or TokenType.SemiColon or TokenType.NewLine)
            {
                atStatementStart = true;
                continue;
            }
            if (token.Type == TokenType.Identifier && atStatementStart)
            {
                var word = token.GetText(template);
                if (word == "end")
                {
                    if (open.Count > 0) open.Pop();
                }
                else if (BlockKeywords.Contains(word))
                {
                    open.Push((word, new SourcePosition(path, token.Start.Line + 1, token.Start.Column + 1)));
                }
            }
            atStatementStart = false;
        }
        return open.Count > 0 ? open.Peek() : null;
    }
}
