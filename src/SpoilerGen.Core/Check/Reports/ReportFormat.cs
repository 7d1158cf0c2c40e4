namespace SpoilerGen.Check.Reports;

/// <summary>How <c>check</c> prints what it found.</summary>
public enum ReportFormat
{
    /// <summary>One line per diagnostic, <c>path(line,col): error SGnnnn: message</c>, as <c>build</c> prints them, and a summary.</summary>
    Text,

    /// <summary>One JSON document, for scripts.</summary>
    Json,

    /// <summary>SARIF 2.1.0, which GitHub code scanning reads to show each diagnostic on its line in a pull request.</summary>
    Sarif,
}
