using System.Security.Cryptography;
using System.Text;

namespace SpoilerGen.Text;

/// <summary>
/// A hash of the inputs one output file (or one stage's result) was made from. Each value is written with
/// its length, so that two different lists of values can never run together into the same bytes.
/// </summary>
/// <remarks>
/// The values are gathered into one buffer and hashed once by <see cref="Finish"/>: a key is made of many short
/// values, and hashing each as it came cost more than the hash itself (an edit recomputes the keys of every file).
/// The bytes hashed are the same either way, so keys kept by an earlier version stay valid.
/// </remarks>
public sealed class ContentKey : IDisposable
{
    private byte[] _buffer = new byte[512];
    private int _length;

    public ContentKey Add(string? value)
    {
        if (value is null) return Add(-1);
        Reserve(Encoding.UTF8.GetMaxByteCount(value.Length) + 4);
        var written = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length + 4));
        BitConverter.TryWriteBytes(_buffer.AsSpan(_length), written);
        _length += written + 4;
        return this;
    }

    public ContentKey Add(long value)
    {
        Reserve(8);
        BitConverter.TryWriteBytes(_buffer.AsSpan(_length), value);
        _length += 8;
        return this;
    }

    public ContentKey Add(bool value) => Add(value ? 1 : 0);

    public ContentKey AddBytes(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
        return this;
    }

    /// <summary>The key so far, as text; the hash starts again empty.</summary>
    public string Finish()
    {
        var key = Of(_buffer.AsSpan(0, _length));
        _length = 0;
        return key;
    }

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes), 0, 16);

    private void Reserve(int count)
    {
        if (_length + count <= _buffer.Length) return;
        Array.Resize(ref _buffer, Math.Max(_length + count, _buffer.Length * 2));
    }

    public void Dispose()
    {
        // Nothing to give back since the hash is made in one call; kept so that every caller's using stays valid.
    }
}
