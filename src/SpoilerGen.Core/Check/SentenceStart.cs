namespace SpoilerGen.Check;

/// <summary>
/// The terms a run of capitalised words that starts a sentence gives: <paramref name="Whole"/> when its first word is a
/// name, <paramref name="FromSecond"/> when it is not (a capital there says nothing); null where that phrase is too
/// short or too long to be a term.
/// </summary>
public readonly record struct SentenceStart(string? Whole, string? FromSecond);
