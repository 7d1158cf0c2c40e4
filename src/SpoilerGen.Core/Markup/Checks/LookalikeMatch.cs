using SpoilerGen.Diagnostics;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Text that looks like spoiler markup where no parser read it as markup: SpoilerGen's own markup gone astray,
/// another tool's spoiler syntax (<see cref="Syntax"/>), or an episode id in braces that could be either
/// (<see cref="Ambiguity"/>). Each has its own code and says why it is refused.
/// </summary>
public sealed record LookalikeMatch(int Index, string Text, ForeignSpoilerSyntax? Syntax = null, string? Ambiguity = null)
{
    public string Code => Syntax is not null ? DiagnosticCodes.ForeignSpoilerSyntax
        : Ambiguity is not null ? DiagnosticCodes.AmbiguousEpisodeInBraces
        : DiagnosticCodes.SpoilerMarkupLookalike;

    /// <summary>The message for this text found in <paramref name="where"/> ("a code span", "the title").</summary>
    public string Message(string where) =>
        Syntax is not null ? new ForeignSyntaxMatch(Index, Text, Syntax).Message(where)
        : Ambiguity is not null ? $"{where} holds '{Text.Trim()}': {Ambiguity}"
        : SpoilerMarkupLookalike.Message(Text, where);
}
