using System.Text.Encodings.Web;
using System.Text.Json;

namespace SpoilerGen.Check.Reports;

/// <summary>
/// One JSON object: <c>errors</c>, <c>warnings</c>, <c>pages</c>, <c>trees</c> and <c>diagnostics</c>, each with
/// <c>path</c>, <c>line</c>, <c>column</c>, <c>severity</c> (<c>error</c> or <c>warning</c>), <c>code</c> and <c>message</c>.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public void Write(CheckResult result, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", result.ErrorCount);
            json.WriteNumber("warnings", result.WarningCount);
            json.WriteNumber("pages", result.PageCount);
            json.WriteNumber("trees", result.TreeCount);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("path", diagnostic.Position.Path);
                json.WriteNumber("line", diagnostic.Position.Line);
                json.WriteNumber("column", diagnostic.Position.Column);
                json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
                json.WriteString("code", diagnostic.Code);
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
