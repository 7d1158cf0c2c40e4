using CsCheck;
using SpoilerGen.Build;
using SpoilerGen.Testing;

namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>
/// Spoiler safety as noninterference: for a fixed config, every file of the tree for episode k, and every
/// file outside the trees, is byte-identical whatever is revealed after k. Each case builds a random guide
/// and a variant of it in which everything revealed after k is changed, added or removed, and compares.
/// A grep for marker words finds text; this finds counts, numbering, sizes, ids and dates as well.
/// </summary>
public sealed class NoninterferencePropertyTests
{
    /// <summary>Guides per run: fixed, so that CI runs the same number on every commit (about 0.3 s each).</summary>
    private const long Guides = 250;

    public static readonly Gen<(int Guide, double Checkpoint, int Variant)> Cases = Gen.Select(Gen.Int, Gen.Double[0, 1], Gen.Int);

    [Fact]
    public void No_file_of_an_earlier_tree_or_outside_the_trees_depends_on_what_is_revealed_later()
    {
        Cases.Sample(input =>
        {
            var (spec, checkpoint, variant) = Case(input);
            if (Compare(spec, checkpoint, variant) is { } difference) Assert.Fail(difference);
        }, iter: Guides, threads: 1);
    }

    public static (GuideSpec Spec, int Checkpoint, GuideSpec Variant) Case((int Guide, double Checkpoint, int Variant) input)
    {
        var spec = GuideGenerator.Create(input.Guide);
        // k runs over every checkpoint before the last, so that there is always something after k to change.
        var checkpoint = Math.Min((int)(input.Checkpoint * spec.Episodes), spec.Episodes - 1);
        return (spec, checkpoint, GuideVariant.Derive(spec, checkpoint, input.Variant));
    }

    /// <summary>Builds both guides; null when the files that must not differ are identical, else what differs (or why a build failed).</summary>
    public static string? Compare(GuideSpec spec, int checkpoint, GuideSpec variant) => CompareAll(spec, checkpoint, variant).FirstOrDefault();

    /// <summary>Every difference (or the build failure), each with both guides' sources.</summary>
    public static IEnumerable<string> CompareAll(GuideSpec spec, int checkpoint, GuideSpec variant)
    {
        using var folder = new TemporaryFolder("noninterference");
        var results = new[] { spec, variant }.Select((guide, i) =>
        {
            var root = Path.Combine(folder.Path, $"site{i}");
            new GuideWriter(guide).Write(root);
            return (Root: root, Result: SiteBuilder.Build(new BuildOptions(root, Path.Combine(folder.Path, $"out{i}"))));
        }).ToList();
        foreach (var (root, result) in results.Where(r => !r.Result.Succeeded))
        {
            yield return $"the generated guide does not build:\n{string.Join("\n", result.Diagnostics.Where(d => d.IsError))}\n{Describe(root)}";
            yield break;
        }
        foreach (var difference in OutputDifference.All(results[0].Result.OutputFolder, results[1].Result.OutputFolder, spec, checkpoint).ToList())
        {
            yield return $"k = {checkpoint}: {difference}\n== original\n{Describe(results[0].Root)}\n== variant\n{Describe(results[1].Root)}";
        }
    }

    private static string Describe(string root) => string.Join("\n", Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(file => $"-- {Path.GetRelativePath(root, file)}\n{File.ReadAllText(file)}"));
}
