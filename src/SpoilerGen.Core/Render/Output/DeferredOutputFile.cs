using System.Text;

namespace SpoilerGen.Render.Output;

/// <summary>
/// A file that <c>serve</c> makes only when it is first asked for, then keeps: a tree's search index, feed
/// and sitemap, which no edit needs to wait for and few previews ever fetch. Made by a function of immutable
/// data (the tree's page summaries), so it is the same file whenever it is made.
/// </summary>
public sealed record DeferredOutputFile : OutputFile
{
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Lazy<byte[]> _bytes;

    public DeferredOutputFile(string relativePath, Func<OutputFile> make) : base(relativePath) =>
        _bytes = new Lazy<byte[]>(() => BytesOf(relativePath, make()), LazyThreadSafetyMode.ExecutionAndPublication);

    public byte[] Bytes() => _bytes.Value;

    private static byte[] BytesOf(string relativePath, OutputFile file)
    {
        if (file.RelativePath != relativePath) throw new InvalidOperationException($"'{relativePath}' was made as '{file.RelativePath}'");
        return file switch
        {
            TextOutputFile text => Utf8WithoutMark.GetBytes(text.Text),
            BinaryOutputFile binary => binary.Content,
            _ => throw new InvalidOperationException($"a deferred file cannot be a {file.GetType().Name}"),
        };
    }
}
