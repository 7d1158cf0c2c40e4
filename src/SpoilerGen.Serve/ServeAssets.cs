namespace SpoilerGen.Serve;

/// <summary>The bar's script and style, embedded in the tool and read once.</summary>
public sealed class ServeAssets
{
    public ServeAssets()
    {
        Script = Read("serve.js");
        Style = Read("serve.css");
    }

    public byte[] Script { get; }

    public byte[] Style { get; }

    private static byte[] Read(string name)
    {
        using var stream = typeof(ServeAssets).Assembly.GetManifestResourceStream("serve/" + name)
            ?? throw new InvalidOperationException($"the embedded serve asset '{name}' is missing");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
