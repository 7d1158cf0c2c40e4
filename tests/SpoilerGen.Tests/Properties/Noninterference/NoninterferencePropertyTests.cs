using CsCheck;
using SpoilerGen.Build;
using SpoilerGen.Testing;
using Xunit.Abstractions;

namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>
/// Spoiler safety as noninterference: for a fixed config, every file of the tree for episode k, and every
/// file outside the trees, is byte-identical whatever is revealed after k. Each case builds a random guide
/// and a variant of it in which everything revealed after k is changed, added or removed, and compares.
/// A grep for marker words finds text; this finds counts, numbering, sizes, ids and dates as well.
/// </summary>
public sealed class NoninterferencePropertyTests(ITestOutputHelper output)
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

    /// <summary>
    /// The property sees every shape, and guides that must be refused as well as guides that build: over the first seeds,
    /// every kind of piece is written, and some phrases after a link's text or in a reference label are refused (SG0223,
    /// SG0224) while most guides still build.
    /// </summary>
    [Fact]
    public void The_generated_guides_hold_every_kind_of_piece_and_some_are_refused()
    {
        using var folder = new TemporaryFolder("noninterference-shapes");
        var kinds = new HashSet<GuideShapeKind>();
        var codes = new HashSet<string>();
        var refused = 0;
        var withLinkLabels = 0;
        for (var seed = 0; seed < Guides; seed++)
        {
            var spec = GuideGenerator.Create(seed);
            var writer = new GuideWriter(spec);
            writer.Write(Path.Combine(folder.Path, $"site{seed}"));
            kinds.UnionWith(Shapes(spec).Select(shape => shape.Kind));
            codes.UnionWith(writer.Refusals.Select(refusal => refusal.Code));
            if (writer.Refusals.Count > 0) refused++;
            if (Shapes(spec).Any(shape => shape.Kind == GuideShapeKind.LinkLabel)) withLinkLabels++;
        }
        output.WriteLine($"of {Guides} guides: {withLinkLabels} with a phrase after a link's text or in a label, {refused} refused");
        Assert.Equal(Enum.GetValues<GuideShapeKind>().Except([GuideShapeKind.ListBlock]).Order(), kinds.Order());
        Assert.Equal(["SG0223", "SG0224"], codes.Order());
        Assert.InRange(refused, 1, Guides / 5);
    }

    private static IEnumerable<GuideShape> Shapes(GuideSpec spec) =>
        spec.Pages.SelectMany(page => page.Body).Concat(spec.HomeBody).Concat(spec.Folders.SelectMany(folder => folder.IndexBody)).SelectMany(Shapes);

    private static IEnumerable<GuideShape> Shapes(GuideNode node) => node switch
    {
        GuideShape shape => [shape],
        GuideBlock block => block.Inner.SelectMany(Shapes),
        GuideSection section => section.Inner.SelectMany(Shapes),
        _ => [],
    };

    public static (GuideSpec Spec, int Checkpoint, GuideSpec Variant) Case((int Guide, double Checkpoint, int Variant) input)
    {
        var spec = GuideGenerator.Create(input.Guide);
        // k runs over every checkpoint before the last, so that there is always something after k to change.
        var checkpoint = Math.Min((int)(input.Checkpoint * spec.Episodes), spec.Episodes - 1);
        return (spec, checkpoint, GuideVariant.Derive(spec, checkpoint, input.Variant));
    }

    /// <summary>Builds both guides; null when the files that must not differ are identical, else what differs (or why a build failed).</summary>
    public static string? Compare(GuideSpec spec, int checkpoint, GuideSpec variant) => CompareAll(spec, checkpoint, variant).FirstOrDefault();

    /// <summary>
    /// Every difference (or a build that is not as the guide's pieces say: refused at exactly the places they give, else
    /// built), each with both guides' sources. Only guides that both build are compared.
    /// </summary>
    public static IEnumerable<string> CompareAll(GuideSpec spec, int checkpoint, GuideSpec variant)
    {
        using var folder = new TemporaryFolder("noninterference");
        var results = new[] { spec, variant }.Select((guide, i) =>
        {
            var root = Path.Combine(folder.Path, $"site{i}");
            var writer = new GuideWriter(guide);
            writer.Write(root);
            return (Root: root, Result: SiteBuilder.Build(new BuildOptions(root, Path.Combine(folder.Path, $"out{i}"))), writer.Refusals);
        }).ToList();
        // A guide refused where its pieces say is right; refused anywhere else, or built where it must be refused, is not.
        foreach (var (root, result, refusals) in results)
        {
            if (ExpectedRefusal.Mismatch(refusals, result, root) is not { } mismatch) continue;
            yield return $"{mismatch}\n{Describe(root)}";
            yield break;
        }
        if (results.Any(r => !r.Result.Succeeded)) yield break;
        foreach (var difference in OutputDifference.All(results[0].Result.OutputFolder, results[1].Result.OutputFolder, spec, checkpoint).ToList())
        {
            yield return $"k = {checkpoint}: {difference}\n== original\n{Describe(results[0].Root)}\n== variant\n{Describe(results[1].Root)}";
        }
    }

    private static string Describe(string root) => string.Join("\n", Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(file => $"-- {Path.GetRelativePath(root, file)}\n{File.ReadAllText(file)}"));
}
