namespace SpoilerGen.Load.Jail;

/// <summary>Why a name cannot make a URL: a diagnostic's code and message, before anyone knows where to report it.</summary>
public sealed record NameProblem(string Code, string Message);
