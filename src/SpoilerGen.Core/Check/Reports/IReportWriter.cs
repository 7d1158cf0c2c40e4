namespace SpoilerGen.Check.Reports;

/// <summary>Writes a <see cref="CheckResult"/> in one <see cref="ReportFormat"/>.</summary>
public interface IReportWriter
{
    void Write(CheckResult result, TextWriter output);

    public static IReportWriter For(ReportFormat format) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(),
        _ => new TextReportWriter(),
    };
}
