namespace SpoilerGen.Check;

/// <summary>
/// A run of capitalised words outside headings, as candidate terms are taken from it: its words, whether it starts a
/// sentence, and its text from its first and from its second word.
/// </summary>
public sealed record CandidateRun(string[] Words, bool StartsSentence, string Whole, string? FromSecond);
