using System.Security.Cryptography;
using System.Text;

namespace SpoilerGen.Text;

/// <summary>
/// A hash of the inputs one output file (or one stage's result) was made from. Each value is written with
/// its length, so that two different lists of values can never run together into the same bytes.
/// </summary>
public sealed class ContentKey : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = new byte[256];

    public ContentKey Add(string? value)
    {
        if (value is null) return Add(-1);
        var length = Encoding.UTF8.GetMaxByteCount(value.Length) + 4;
        if (_buffer.Length < length) _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
        var written = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(4));
        BitConverter.TryWriteBytes(_buffer, written);
        _hash.AppendData(_buffer, 0, written + 4);
        return this;
    }

    public ContentKey Add(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BitConverter.TryWriteBytes(bytes, value);
        _hash.AppendData(bytes);
        return this;
    }

    public ContentKey Add(bool value) => Add(value ? 1 : 0);

    public ContentKey AddBytes(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        _hash.AppendData(bytes);
        return this;
    }

    /// <summary>The key so far, as text; the hash starts again empty.</summary>
    public string Finish() => Convert.ToHexString(_hash.GetHashAndReset(), 0, 16);

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes), 0, 16);

    public void Dispose() => _hash.Dispose();
}
