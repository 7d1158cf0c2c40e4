namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>The folder that holds SpoilerGen.sln: where the example guide, the npm tools and TestResults/ are.</summary>
public static class RepositoryRoot
{
    public const string SolutionFileName = "SpoilerGen.sln";

    /// <summary>Walks up from the test assembly's folder, so the tests run the same from an IDE, dotnet test or CI's fresh clone.</summary>
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName))) return folder.FullName;
        }
        throw new InvalidOperationException($"No {SolutionFileName} above {AppContext.BaseDirectory}: the browser tests must run from inside the repository");
    }
}
