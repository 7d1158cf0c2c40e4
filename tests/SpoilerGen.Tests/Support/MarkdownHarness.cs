using Markdig;
using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Sources;
using SpoilerGen.Markup.Renderers;
using SpoilerGen.Markup.Syntax;
using SpoilerGen.Model;

namespace SpoilerGen.Tests.Support;

/// <summary>Parses a Markdown snippet once, as the loader does, and renders it at any checkpoint.</summary>
public sealed class MarkdownHarness
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    public MarkdownHarness(string markdown, int episodeCount = 12)
    {
        Timeline = new Timeline(Enumerable.Range(1, episodeCount).Select(i => new Episode($"s01e{i:00}", 1, i, null)));
        Document = Markdown.Parse(markdown, Pipeline, new SpoilerParserContext(Timeline, "test.md", 0, Diagnostics) { AllowsRawHtml = true, Source = markdown });
    }

    public Timeline Timeline { get; }

    public MarkdownDocument Document { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public IReadOnlyList<Diagnostic> Reported => Diagnostics.ToSortedList();

    /// <summary>Renders at <paramref name="checkpoint"/>; content above <paramref name="previousTree"/> is marked new.</summary>
    public string Render(int checkpoint, int? previousTree = null) => RenderWithScope(checkpoint, previousTree).Html;

    public (string Html, RenderScope Scope) RenderWithScope(int checkpoint, int? previousTree = null, Func<string, LinkTarget>? links = null,
        CancellationToken cancellation = default)
    {
        var scope = new RenderScope(checkpoint, previousTree, level => $"New in Episode {level}",
            link => links?.Invoke(link.Url ?? "") ?? new LinkTarget.Url(link.Url ?? ""));
        return (CheckpointHtmlRenderer.RenderBody(Document, Pipeline, scope, cancellation), scope);
    }
}
