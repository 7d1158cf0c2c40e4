namespace SpoilerGen.Serve;

/// <summary>
/// Serve's first build, begun: for a site that has a model, a state that answers each request by rendering the file
/// asked for, to serve while the whole render (with the lints) runs in <see cref="Whole"/>, whose state replaces it.
/// </summary>
/// <param name="OnDemand">Null when the load or model failed (the whole build then ends at once with its errors).</param>
/// <param name="Whole">The lints and the render of every file: the state serve then answers from, and the time since the build began.</param>
/// <param name="ModelElapsed">The time the load and model took.</param>
public sealed record FirstBuild(ServeState? OnDemand, Task<(ServeState State, TimeSpan Elapsed)> Whole, TimeSpan ModelElapsed);
