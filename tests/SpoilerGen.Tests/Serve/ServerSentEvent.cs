namespace SpoilerGen.Tests.Serve;

/// <summary>One event of a server-sent events stream: its name and data.</summary>
public sealed record ServerSentEvent(string Name, string Data);
