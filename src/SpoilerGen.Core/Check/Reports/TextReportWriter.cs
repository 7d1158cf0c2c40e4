namespace SpoilerGen.Check.Reports;

/// <summary>The diagnostics exactly as <c>build</c> prints them, then one line that counts them.</summary>
public sealed class TextReportWriter : IReportWriter
{
    public void Write(CheckResult result, TextWriter output)
    {
        foreach (var diagnostic in result.Diagnostics) output.WriteLine(diagnostic);
        output.WriteLine($"Checked {result.PageCount} pages in {result.TreeCount} trees: {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}.");
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
