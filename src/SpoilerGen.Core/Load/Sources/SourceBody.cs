using Markdig.Syntax;

namespace SpoilerGen.Load.Sources;

/// <summary>
/// A source's Markdown body, parsed once: when the source is loaded, or, for a source whose text an earlier build parsed
/// and checked (its facts and front matter kept in that build's cache), when something first reads it. A build after an
/// edit then parses only the sources it renders again. Whether a page has a body at all is whether it has one of these,
/// which reading does not parse.
/// </summary>
public sealed class SourceBody
{
    private readonly Lazy<MarkdownDocument> _document;

    /// <summary>A body parsed when loaded.</summary>
    public SourceBody(MarkdownDocument document) => _document = new Lazy<MarkdownDocument>(document);

    /// <summary>A body parsed on first read, from any thread, once: <paramref name="parse"/> must give what loading would have.</summary>
    public SourceBody(Func<MarkdownDocument> parse) => _document = new Lazy<MarkdownDocument>(parse, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The parse; never changed after loading.</summary>
    public MarkdownDocument Document => _document.Value;

    /// <summary>Whether the body has been parsed (for tests: what a build after an edit parsed).</summary>
    public bool IsParsed => _document.IsValueCreated;
}
