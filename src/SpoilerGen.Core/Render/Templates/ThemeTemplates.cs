using System.Collections.Immutable;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;
using SpoilerGen.Markup.Checks;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// The theme: the default templates and assets embedded in the tool, overlaid with any file of the
/// same name in the site's <c>templates/</c> folder. Every template is parsed once per build.
/// </summary>
public sealed class ThemeTemplates : ITemplateLoader
{
    public const string FolderName = "templates";
    private const string AssetsPrefix = "assets/";
    private const string ResourcePrefix = "templates/";

    private readonly ImmutableDictionary<string, Template> _templates;

    private ThemeTemplates(ImmutableDictionary<string, Template> templates, ImmutableDictionary<string, ThemeAsset> assets, string contentKey)
    {
        _templates = templates;
        Assets = assets;
        ContentKey = contentKey;
    }

    /// <summary>A hash of every file of the theme, by name and bytes: an edited template or asset changes it.</summary>
    public string ContentKey { get; }

    /// <summary>Files copied as they are to <c>/assets/</c>, keyed by their name under <c>assets/</c>.</summary>
    public ImmutableDictionary<string, ThemeAsset> Assets { get; }

    public static ThemeTemplates Load(string siteRoot, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, ThemeAsset>(StringComparer.Ordinal);
        var assembly = typeof(ThemeTemplates).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            files[name] = new ThemeAsset($"(default theme)/{name}", () => ReadResource(assembly, resource));
        }
        foreach (var file in new SiteFolder(siteRoot).Files(FolderName, diagnostics))
        {
            // Read now, so that a file that cannot be read is reported with the rest.
            if (SourceText.ReadBytes(file, diagnostics) is not { } bytes) continue;
            // A template's text is published: it is held to what content is (UTF-8, no control characters).
            if (IsTemplate(file.RelativePath) && SourceText.Decode(file.DisplayPath, bytes, diagnostics) is null) continue;
            // An asset is published as it is, like a file of static/: spoiler markup in a text asset would reach every reader.
            if (file.RelativePath.StartsWith(AssetsPrefix, StringComparison.Ordinal) && !StaticFileMarkupCheck.PassesAsThemeAsset(file, bytes, diagnostics)) continue;
            files[file.RelativePath] = new ThemeAsset(file.DisplayPath, () => bytes);
        }

        var templates = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        foreach (var (name, file) in files.Where(f => IsTemplate(f.Key)))
        {
            var source = System.Text.Encoding.UTF8.GetString(file.Read());
            var template = Template.Parse(source, file.DisplayPath);
            foreach (var message in template.Messages)
            {
                diagnostics.Add(UnclosedStatementFinder.IsMissingEnd(message.Message) && UnclosedStatementFinder.Find(source, file.DisplayPath) is { } unclosed
                    ? new Diagnostic(unclosed.Position, DiagnosticSeverity.Error, DiagnosticCodes.TemplateSyntax, $"this '{unclosed.Keyword}' is never closed: add {{{{ end }}}} where its body ends")
                    : ToDiagnostic(message.Span, message.Type == ParserMessageType.Error, message.Message, DiagnosticCodes.TemplateSyntax));
            }
            TemplateMarkupCheck.Check(template, source, file.DisplayPath, diagnostics);
            templates[name] = template;
        }
        var assets = files.Where(f => f.Key.StartsWith(AssetsPrefix, StringComparison.Ordinal))
            .ToImmutableDictionary(f => f.Key[AssetsPrefix.Length..], f => f.Value, StringComparer.Ordinal);
        using var key = new Text.ContentKey();
        foreach (var (name, file) in files.OrderBy(f => f.Key, StringComparer.Ordinal)) key.Add(name).AddBytes(file.Read());
        return new ThemeTemplates(templates.ToImmutable(), assets, key.Finish());
    }

    private static bool IsTemplate(string name) => name.EndsWith(".html", StringComparison.Ordinal) && !name.StartsWith(AssetsPrefix, StringComparison.Ordinal);

    /// <summary>Every parsed template, by name.</summary>
    public IEnumerable<KeyValuePair<string, Template>> Templates => _templates;

    public bool TryGet(string name, out Template template) => _templates.TryGetValue(name, out template!);

    /// <summary>Gives a new context the parsed includes, so that no render parses a template again.</summary>
    public void ShareParsedTemplates(TemplateContext context)
    {
        context.TemplateLoader = this;
        foreach (var (name, template) in _templates) context.CachedTemplates[name] = template;
    }

    public static Diagnostic ToDiagnostic(SourceSpan span, bool isError, string message, string code) => new(
        // Scriban places an error at the end of the text at line -1; an editor needs a real line.
        new SourcePosition(span.FileName ?? "(template)", Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1)),
        isError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        code,
        message);

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"the theme has no template '{templatePath}'");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));

    private static byte[] ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded theme file '{resource}' is missing");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
