using System.Text;
using CsCheck;
using SpoilerGen.Build;
using SpoilerGen.Render;
using SpoilerGen.Render.Output;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Properties;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Incremental;

/// <summary>
/// A stale file is a spoiler bug. On random guides, after every edit of a random sequence (text, levels,
/// titles, tags, pages and sections added, deleted and renamed, a whole section folder added and removed, translations
/// (<c>.ko.md</c>, the site made bilingual) added, edited and removed, a template, the config, a touch, a broken
/// page and its repair), what <c>serve</c> holds after its incremental render and what <c>build</c> leaves
/// in its output folder are byte for byte what a cold render of the same sources makes. <c>serve</c> is rendered
/// twice: reading every source again, and reading only the paths a watcher would name (those whose bytes, time or
/// existence changed), as <see cref="SpoilerGen.Serve.SiteRebuilder"/> does. Between builds the output folder may be
/// disturbed too (<see cref="OutputDisturbanceKind"/>: a build cancelled while writing, a killed build's staging left beside it, a file of it deleted,
/// added or edited in place with its old time given back, its spare edited): <c>build</c>'s output folder must still
/// hold exactly the files, names and bytes, of a cold build into an empty folder, and no link out of it is followed.
/// </summary>
public sealed class IncrementalRenderPropertyTests
{
    /// <summary>Edit sequences per run: fixed, so CI always checks as many; a local run may lower it.</summary>
    private static readonly long Sequences =
        long.TryParse(Environment.GetEnvironmentVariable("SPOILERGEN_INCREMENTAL_SEQUENCES"), out var configured) ? configured : 300;

    private static readonly Gen<SiteEdit> Edit =
        Gen.Select(Gen.Int[0, Enum.GetValues<SiteEditKind>().Length - 1], Gen.Int[0, 1000], Gen.Int[0, 6],
            (kind, choice, level) => new SiteEdit((SiteEditKind)kind, choice, level));

    // Half the steps leave the output as the last build left it; the others disturb it one way or another.
    private static readonly Gen<(OutputDisturbanceKind Kind, int Choice)> Disturbance =
        Gen.Select(Gen.Int[0, 2 * (Enum.GetValues<OutputDisturbanceKind>().Length - 1)], Gen.Int[0, 1000],
            (kind, choice) => ((OutputDisturbanceKind)Math.Max(0, kind - (Enum.GetValues<OutputDisturbanceKind>().Length - 1)), choice));

    [Fact]
    public void Every_incremental_render_and_build_equals_a_cold_render_of_the_same_sources()
    {
        long reused = 0, rendered = 0;
        Gen.Select(SiteSpecGenerators.Site, Edit.Array[1, 6], Disturbance.Array[6]).Sample((spec, edits, disturbances) =>
        {
            using var generated = new GeneratedSite(spec);
            var site = generated.Site;
            var editor = new SiteEditor(site, spec.EpisodeCount);
            var disturber = new OutputDisturber(site.Root, site.Output);
            using var fresh = new TemporaryFolder();
            var step = 0;
            var options = new BuildOptions(site.Root);
            var served = SiteBuilder.Render(options);
            var watched = served;
            var watchedByFolder = served;
            var files = FileStates(site.Root);
            site.Build();
            var applied = new List<SiteEdit>();
            foreach (var edit in edits)
            {
                var disturbance = disturbances[step++];
                editor.Apply(edit with { Level = edit.Level % (spec.EpisodeCount + 1) });
                disturber.Apply(disturbance.Kind, disturbance.Choice);
                applied.Add(edit);
                served = SiteBuilder.Render(options, served);
                var now = FileStates(site.Root);
                watched = SiteBuilder.Render(options, watched, changedPaths: ChangedPaths(files, now));
                // A watcher that overflowed, or saw a folder renamed, names the folder rather than its files.
                watchedByFolder = SiteBuilder.Render(options, watchedByFolder, changedPaths: FoldersOf(ChangedPaths(files, now), disturbance.Choice));
                files = now;
                Interlocked.Add(ref reused, served.Cache?.ReusedCount ?? 0);
                Interlocked.Add(ref rendered, served.Cache?.RenderedCount ?? 0);
                var cold = SiteBuilder.Render(options);
                var built = site.Build();
                var freshOutput = fresh.Combine($"cold{step}");
                var coldBuilt = SiteBuilder.Build(new BuildOptions(site.Root, freshOutput));
                string Context() => $"after {string.Join(", ", applied)} (the output last {disturbance.Kind}, {disturbance.Choice})\n{editor.Describe()}";
                disturber.AssertOutsideUntouched();

                Assert.True(cold.Succeeded == served.Succeeded, $"the cold render {(cold.Succeeded ? "succeeded" : "failed")}, the incremental one not; {Context()}");
                Assert.True(cold.Diagnostics.Select(d => d.ToString()).SequenceEqual(served.Diagnostics.Select(d => d.ToString())),
                    $"diagnostics differ: cold [{string.Join("; ", cold.Diagnostics)}], incremental [{string.Join("; ", served.Diagnostics)}]; {Context()}");
                Assert.True(cold.Diagnostics.Select(d => d.ToString()).SequenceEqual(watched.Diagnostics.Select(d => d.ToString())),
                    $"diagnostics differ: cold [{string.Join("; ", cold.Diagnostics)}], watched [{string.Join("; ", watched.Diagnostics)}]; {Context()}");
                Assert.True(cold.Diagnostics.Select(d => d.ToString()).SequenceEqual(watchedByFolder.Diagnostics.Select(d => d.ToString())),
                    $"diagnostics differ: cold [{string.Join("; ", cold.Diagnostics)}], watched by folder [{string.Join("; ", watchedByFolder.Diagnostics)}]; {Context()}");
                Assert.True(cold.Succeeded == built.Succeeded, $"the cold render {(cold.Succeeded ? "succeeded" : "failed")}, the build not: [{string.Join("; ", built.Diagnostics)}]; {Context()}");
                Assert.True(cold.Diagnostics.Select(d => d.ToString()).SequenceEqual(built.Diagnostics.Select(d => d.ToString())),
                    $"diagnostics differ: cold [{string.Join("; ", cold.Diagnostics)}], build [{string.Join("; ", built.Diagnostics)}]; {Context()}");
                if (!cold.Succeeded) continue;

                var expected = FilesOf(cold);
                AssertSame(expected, FilesOf(served), "serve's memory", Context);
                AssertSame(expected, FilesOf(watched), "serve's memory (reading only what the watcher names)", Context);
                AssertSame(expected, FilesOf(watchedByFolder), "serve's memory (the watcher naming folders)", Context);
                AssertSame(expected, FilesIn(site.Output), "build's output folder", Context);
                Assert.True(coldBuilt.Succeeded);
                AssertSame(FilesIn(freshOutput, withOwnFiles: true), FilesIn(site.Output, withOwnFiles: true), "build's output folder, against a cold build into an empty folder", Context);
                Assert.Equal(FoldersIn(freshOutput), FoldersIn(site.Output));
            }
        }, iter: Sequences);

        // Meaningful only if the incremental path ran: files were both taken from the cache and rendered again.
        Assert.True(reused > 0 && rendered > 0, $"{reused} files reused, {rendered} rendered");
    }

    /// <summary>Each file of the site folder (the build's output lies outside it) with its bytes and time: what a watcher sees change.</summary>
    private static Dictionary<string, (DateTime Time, byte[] Bytes)> FileStates(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file))
            .ToDictionary(path => path, path => (File.GetLastWriteTimeUtc(Path.Combine(root, path)), File.ReadAllBytes(Path.Combine(root, path))), StringComparer.Ordinal);

    /// <summary>The paths a watcher names between two states: written, touched, created or deleted.</summary>
    private static HashSet<string> ChangedPaths(Dictionary<string, (DateTime Time, byte[] Bytes)> before, Dictionary<string, (DateTime Time, byte[] Bytes)> after) =>
        before.Keys.Union(after.Keys)
            .Where(path => !before.TryGetValue(path, out var old) || !after.TryGetValue(path, out var now) || old.Time != now.Time || !old.Bytes.AsSpan().SequenceEqual(now.Bytes))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Each path's folder (by <paramref name="choice"/>, its parent or <c>content</c> itself), as a watcher names a renamed folder's files or its whole tree after an overflow.</summary>
    private static HashSet<string> FoldersOf(HashSet<string> paths, int choice) =>
        paths.Select(path => choice % 2 == 0 ? Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : path : path.StartsWith("content", StringComparison.Ordinal) ? "content" : path)
            .ToHashSet(StringComparer.Ordinal);

    private static void AssertSame(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual, string where, Func<string> context)
    {
        foreach (var (path, bytes) in expected)
        {
            if (!actual.TryGetValue(path, out var other)) Assert.Fail($"{where} lacks {path}; {context()}");
            if (!bytes.AsSpan().SequenceEqual(other))
            {
                Assert.Fail($"{where} holds a stale {path}:\n--- cold\n{Encoding.UTF8.GetString(bytes)}\n--- incremental\n{Encoding.UTF8.GetString(other)}\n{context()}");
            }
        }
        foreach (var path in actual.Keys.Where(path => !expected.ContainsKey(path))) Assert.Fail($"{where} still holds {path}; {context()}");
    }

    /// <summary>The files as listed, each checked to be the one serve finds by its path (in a tree's set shared with earlier renders, or by itself).</summary>
    private static Dictionary<string, byte[]> FilesOf(RenderedSite rendered)
    {
        var files = Assert.IsType<RenderedFiles>(rendered.Files);
        Assert.Equal(files.Count, files.Select(file => file.RelativePath).Distinct(StringComparer.Ordinal).Count());
        foreach (var file in files) Assert.True(files.TryGetFile(file.RelativePath, out var found) && ReferenceEquals(found, file), $"{file.RelativePath} is listed but not found by its path");
        Assert.False(files.TryGetFile("no/such/file.html", out _));
        return files.ToDictionary(file => file.RelativePath, OutputFileBytes.Of, StringComparer.Ordinal);
    }

    /// <summary>The output folder's files, but for SpoilerGen's own marker unless asked for.</summary>
    private static Dictionary<string, byte[]> FilesIn(string folder, bool withOwnFiles = false) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => withOwnFiles || !Path.GetFileName(file).StartsWith(".spoilergen", StringComparison.Ordinal))
            .ToDictionary(file => Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>Every folder in the output, by its path in it: an emptied folder left behind would differ from a cold build's.</summary>
    private static List<string> FoldersIn(string folder) =>
        [.. Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
