using System.Text;
using SpoilerGen.Render;
using SpoilerGen.Render.Output;

namespace SpoilerGen.Tests.Support;

/// <summary>The bytes and text of an output file held in memory, whatever form it is kept in.</summary>
public static class OutputFileBytes
{
    public static byte[] Of(OutputFile file) => file switch
    {
        TextOutputFile text => Encoding.UTF8.GetBytes(text.Text),
        CompressedOutputFile compressed => compressed.Bytes(),
        DeferredOutputFile deferred => deferred.Bytes(),
        BinaryOutputFile binary => binary.Content,
        CopiedOutputFile copied => File.ReadAllBytes(copied.Source.FullPath),
        _ => throw new InvalidOperationException(file.GetType().Name),
    };

    /// <summary>The file's text, for the files that are rendered as text (not theme assets or static copies).</summary>
    public static string? TextOf(OutputFile file) => file switch
    {
        TextOutputFile text => text.Text,
        CompressedOutputFile compressed => compressed.Text,
        _ => null,
    };
}
