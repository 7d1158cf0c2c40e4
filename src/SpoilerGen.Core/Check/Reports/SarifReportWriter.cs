using System.Text.Encodings.Web;
using System.Text.Json;
using SpoilerGen.Build;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Check.Reports;

/// <summary>
/// A SARIF 2.1.0 log with one run: SpoilerGen as the tool, a rule per code that occurs, and a result per
/// diagnostic at its file, line and column. GitHub code scanning (<c>github/codeql-action/upload-sarif</c>)
/// shows each on its line; paths are as the diagnostics give them, relative to the folder <c>check</c> ran in.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public void Write(CheckResult result, TextWriter output)
    {
        var rules = result.Diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "SpoilerGen");
            json.WriteString("version", SiteBuilder.Version);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule);
                if (DiagnosticRules.Descriptions.TryGetValue(rule, out var description))
                {
                    json.WriteStartObject("shortDescription");
                    json.WriteString("text", description);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var diagnostic in result.Diagnostics) WriteResult(json, diagnostic, rules.IndexOf(diagnostic.Code));
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", diagnostic.IsError ? "error" : "warning");
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(diagnostic.Position.Path));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, diagnostic.Position.Line));
        json.WriteNumber("startColumn", Math.Max(1, diagnostic.Position.Column));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// A relative path stays relative (code scanning resolves it against the repository); an absolute one becomes
    /// a file URI. Only the system's own separators separate: on Linux and macOS a backslash is a character of a
    /// name (<c>back\slash.md</c>), escaped as <c>%5C</c> like every other character a URI may not hold.
    /// </summary>
    public static string ArtifactUri(string path)
    {
        if (Path.DirectorySeparatorChar == '\\')
        {
            if (Path.IsPathRooted(path)) return new Uri(path).AbsoluteUri;
            path = path.Replace('\\', '/');
        }
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return Path.IsPathRooted(path) ? "file://" + escaped : escaped;
    }
}
