namespace SpoilerGen.Scaffold;

/// <summary>One episode of a new guide as its files name it: <c>s01e03</c>, its checkpoint index and its spoiler-free label.</summary>
public sealed record ScaffoldEpisode(string Id, int Index, int Season, int Number, string Label);
