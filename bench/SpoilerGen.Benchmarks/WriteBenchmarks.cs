using BenchmarkDotNet.Attributes;
using SpoilerGen.Diagnostics;
using SpoilerGen.Render;
using SpoilerGen.Render.Output;
using SpoilerGen.Write;

namespace SpoilerGen.Benchmarks;

/// <summary>
/// The write stage: 1,000 pages of 8 KB in 100 folders handed to the staging output and committed,
/// into an absent output (a first build) and over an identical one (a rebuild with nothing changed).
/// </summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private const int FileCount = 1000;
    private readonly List<TextOutputFile> _files = [];
    private string _folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"spoilergen-write-benchmark-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(_folder, "site"));
        var random = new Random(1);
        for (var i = 0; i < FileCount; i++)
        {
            var text = string.Create(8 * 1024, random.Next(), (span, seed) =>
            {
                var letters = new Random(seed);
                for (var c = 0; c < span.Length; c++) span[c] = (char)('a' + letters.Next(26));
            });
            _files.Add(new TextOutputFile($"tree-{i % 10}/section-{i % 100}/page-{i}/index.html", text));
        }
        Build("rebuild-out");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int FirstBuild()
    {
        var output = Path.Combine(_folder, "first-out");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        return Build("first-out");
    }

    [Benchmark]
    public int RebuildNothingChanged() => Build("rebuild-out");

    private int Build(string outputName)
    {
        var diagnostics = new DiagnosticBag();
        using var target = OutputTarget.Open(Path.Combine(_folder, "site"), Path.Combine(_folder, outputName), force: false, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
        using var staging = target.BeginStaging(diagnostics) ?? throw new InvalidOperationException("no staging");
        Parallel.ForEach(_files, staging.Add);
        if (!staging.Commit()) throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
        return staging.FileCount;
    }
}
