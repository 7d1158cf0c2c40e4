namespace SpoilerGen.Testing;

/// <summary>
/// The repository's folders, found from wherever the test runner put the test assembly, so that the tests
/// run the same from an IDE, <c>dotnet test</c> or CI's fresh clone, whatever the build output path.
/// </summary>
public static class RepositoryPaths
{
    public const string SolutionFileName = "SpoilerGen.sln";

    // Lazy rather than a static initializer: a test run outside the repository then fails with the
    // message below, not with a TypeInitializationException.
    private static readonly Lazy<string> root = new(FindRoot);

    /// <summary>The folder that holds SpoilerGen.sln: where the example guide, the npm tools and TestResults/ are.</summary>
    public static string Root => root.Value;

    /// <summary>The example guide, <c>site/</c>.</summary>
    public static string ExampleSite => Path.Combine(Root, "site");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName))) return folder.FullName;
        }
        throw new InvalidOperationException($"No {SolutionFileName} above {AppContext.BaseDirectory}: the tests must run from inside the repository");
    }
}
