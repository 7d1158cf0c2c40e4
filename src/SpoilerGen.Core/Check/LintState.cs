using System.Collections.Immutable;

namespace SpoilerGen.Check;

/// <summary>
/// What the author's lints worked out over one language's pages, kept from one run to the next so that an edit costs
/// in proportion to the pages it changed: each page's text, the evidence for names, the candidate terms, where each
/// term occurs and which terms give a warning. An immutable value: the previous run's state is never changed.
/// </summary>
/// <param name="Language">The language whose pages these are: a state is used again only for the same language.</param>
/// <param name="Texts">Each page's text as read, by display path: a page whose parse and level are unchanged is not read again.</param>
/// <param name="Findings">The terms that give warnings, with what they give.</param>
public sealed record LintState(
    string Language,
    ImmutableDictionary<string, PageText> Texts,
    ProperNameEvidence Names,
    CandidateTerms Candidates,
    TermIndex Index,
    PublicTerms PublicTerms,
    ImmutableDictionary<string, UnmarkedSpoilerFinding> Findings)
{
    /// <summary>The state before any page is read: a run from it is a cold run.</summary>
    public static LintState Empty(string language) => new(
        language,
        ImmutableDictionary.Create<string, PageText>(StringComparer.Ordinal),
        ProperNameEvidence.Empty,
        CandidateTerms.Empty,
        TermIndex.Empty,
        PublicTerms.Empty,
        ImmutableDictionary.Create<string, UnmarkedSpoilerFinding>(StringComparer.Ordinal));
}
