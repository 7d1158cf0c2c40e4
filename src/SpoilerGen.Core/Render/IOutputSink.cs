namespace SpoilerGen.Render;

/// <summary>
/// Where the render stage hands each finished file: to the output being written, or to memory for
/// commands that write nothing. Called from parallel renders, so implementations are thread-safe.
/// </summary>
public interface IOutputSink
{
    void Add(OutputFile file);
}
