namespace SpoilerGen.Tests.Support;

/// <summary>Finds the repository's folders from wherever the test runner put the test assembly.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ExampleSite => Path.Combine(Root, "site");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SpoilerGen.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("SpoilerGen.sln not found above " + AppContext.BaseDirectory);
    }
}
