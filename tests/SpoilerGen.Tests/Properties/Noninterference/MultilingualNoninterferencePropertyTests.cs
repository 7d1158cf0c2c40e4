using CsCheck;
using SpoilerGen.Build;
using SpoilerGen.Testing;

namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>
/// Noninterference per language and across languages: a random guide in English with a random Korean translation
/// (its own pages, levels, markup and links, some at the same paths as the English ones, some not), and a variant
/// in which both languages change what they reveal after k. Every file of every language's trees for 0..k, and
/// every file outside the trees (both choosers, levels.json, the sitemaps' index), must be byte-identical: an
/// alternate link or sitemap entry that named a later translation would differ here.
/// </summary>
public sealed class MultilingualNoninterferencePropertyTests
{
    /// <summary>Guides per run: fixed, so that CI runs the same number on every commit (about 0.6 s each).</summary>
    private const long Guides = 60;

    private const string Translation = "ko";

    [Fact]
    public void No_file_of_any_language_depends_on_what_any_language_reveals_later()
    {
        Gen.Select(Gen.Int, Gen.Int, Gen.Double[0, 1], Gen.Int, Gen.Int).Sample((english, korean, at, englishVariant, koreanVariant) =>
        {
            var spec = GuideGenerator.Create(english);
            var translation = GuideGenerator.Create(korean, sameConfigAs: spec);
            var checkpoint = Math.Min((int)(at * spec.Episodes), spec.Episodes - 1);
            var variant = GuideVariant.Derive(spec, checkpoint, englishVariant);
            var translationVariant = GuideVariant.Derive(translation, checkpoint, koreanVariant);
            if (Compare(spec, translation, checkpoint, variant, translationVariant) is { } difference) Assert.Fail(difference);
        }, iter: Guides, threads: 1);
    }

    [Fact]
    public void A_generated_translation_is_built_into_its_own_trees_with_alternates()
    {
        var spec = GuideGenerator.Create(7);
        var translation = GuideGenerator.Create(8, sameConfigAs: spec) with { Pages = spec.Pages };
        using var folder = new TemporaryFolder("multilingual");
        var (result, refusals) = Build(folder.Path, "site", spec, translation);
        Assert.Empty(refusals);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var home = File.ReadAllText(Path.Combine(result.OutputFolder, Translation, "start", "index.html"));
        Assert.Contains("<html lang=\"ko\"", home, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\"", home, StringComparison.Ordinal);
        Assert.Contains("<xhtml:link rel=\"alternate\" hreflang=\"ko\"", File.ReadAllText(Path.Combine(result.OutputFolder, "start", "sitemap.xml")), StringComparison.Ordinal);
    }

    private static string? Compare(GuideSpec spec, GuideSpec translation, int checkpoint, GuideSpec variant, GuideSpec translationVariant)
    {
        using var folder = new TemporaryFolder("multilingual");
        var original = Build(folder.Path, "original", spec, translation);
        var changed = Build(folder.Path, "variant", variant, translationVariant);
        foreach (var (name, (result, refusals)) in new[] { ("original", original), ("variant", changed) })
        {
            if (ExpectedRefusal.Mismatch(refusals, result, Path.Combine(folder.Path, name)) is { } mismatch) return $"{mismatch}\n{Describe(Path.Combine(folder.Path, name))}";
        }
        if (!original.Result.Succeeded || !changed.Result.Succeeded) return null;
        return OutputDifference.All(original.Result.OutputFolder, changed.Result.OutputFolder, spec, checkpoint, [Translation]).FirstOrDefault() is { } difference
            ? $"k = {checkpoint}: {difference}\n== original\n{Describe(Path.Combine(folder.Path, "original"))}\n== variant\n{Describe(Path.Combine(folder.Path, "variant"))}"
            : null;
    }

    /// <returns>the build, and the errors it must fail with (none: it must build), in both languages</returns>
    private static (BuildResult Result, IReadOnlyList<ExpectedRefusal> Refusals) Build(string folder, string name, GuideSpec spec, GuideSpec translation)
    {
        var root = Path.Combine(folder, name);
        var writer = new GuideWriter(spec);
        writer.Write(root);
        var translationWriter = new GuideWriter(translation, Translation);
        translationWriter.Write(root);
        var languages = "languages:\n  en: {}\n  ko:\n    title: 생성된 가이드\n    series:\n      title: 생성된 시리즈\n      episodes:\n        s01e01: 1화의 제목\n";
        File.WriteAllText(Path.Combine(root, "spoilergen.yml"), writer.Config().Replace("language: en\n", languages, StringComparison.Ordinal));
        return (SiteBuilder.Build(new BuildOptions(root, Path.Combine(folder, name + "-out"))), [.. writer.Refusals, .. translationWriter.Refusals]);
    }

    private static string Describe(string root) => string.Join("\n", Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(file => $"-- {Path.GetRelativePath(root, file)}\n{File.ReadAllText(file)}"));
}
