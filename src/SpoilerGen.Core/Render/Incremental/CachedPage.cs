using SpoilerGen.Render.Output;

namespace SpoilerGen.Render.Incremental;

/// <summary>
/// One page of one tree as the last render made it: the key of everything its file was made from, its body's
/// summary (what the tree's lists, feed and search index read) and its file, compressed.
/// </summary>
public sealed record CachedPage(string InputsKey, string BodyKey, RenderedBody Summary, OutputFile File);
