using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Headings;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// What is done once per file right after parsing, with the whole document at hand: heading ids are
/// assigned, then each check finds a way in which spoiler markup would not be honoured exactly, and
/// reports it at its source position.
/// </summary>
public static class SpoilerDocumentChecks
{
    public static void Run(MarkdownDocument document)
    {
        var context = document.GetData(typeof(SpoilerParserContext)) as SpoilerParserContext;
        // Ctrl+C and SIGTERM between checks too: each reads the whole page, a second or more for a page of megabytes.
        var cancellationToken = context?.CancellationToken ?? CancellationToken.None;
        if (context is not null && !TableSizeLimit.Check(document, context)) return;
        // Footnote levels first: a heading inside a footnote takes its id at the level the footnote is shown from,
        // so a note shown only later never shifts the id of a heading shown earlier.
        FootnoteLevels.Assign(document);
        HeadingAnchors.Assign(document, cancellationToken);
        // The checks only report: a text an earlier build checked reports what it reported then (the loader replays it).
        if (context is null || context.WasChecked) return;
        CheckFrontMatterPlacement(document, context);
        ContainerEndChecker.Check(document, context);
        FootnoteHeadingChecker.Check(context);
        SetextSectionEndChecker.Check(document, context);
        ListSplitChecker.Check(document, context);
        cancellationToken.ThrowIfCancellationRequested();
        // Most precise first: each line's markup error is reported once, by the first check that finds it.
        ForeignSyntaxScanner.Scan(document, context);
        cancellationToken.ThrowIfCancellationRequested();
        LookalikeScanner.Scan(document, context);
        cancellationToken.ThrowIfCancellationRequested();
        RawHtmlChecker.Check(document, context);
        RawHtmlIdChecker.Check(document, context);
        RawHtmlFragmentChecker.Check(document, context);
        LinkDefinitionScopeChecker.Check(document, context);
        FootnoteScopeChecker.Check(document, context);
        PhraseLinkInsideLinkChecker.Check(document, context);
        PhraseContentMovedChecker.Check(document, context);
        PhraseBracketInCodeChecker.Check(document, context);
        PipeTableLineChecker.Check(document, context);
        HiddenFirstLineChecker.Check(document, context);
        LinkDefinitionLineChecker.Check(document, context);
        PhraseBesideBareUrlChecker.Check(document, context);
        PhraseAfterLinkTextChecker.Check(document, context);
        PhraseInReferenceLabelChecker.Check(document, context);
        DecodedControlCharacterChecker.Check(document, context);
    }

    /// <summary>
    /// A file whose first line is not exactly <c>---</c> has no front matter, and Markdown reads its YAML as a
    /// rule and a heading: the page would be published from the start with its 'spoiler:' printed as text.
    /// </summary>
    private static void CheckFrontMatterPlacement(MarkdownDocument document, SpoilerParserContext context)
    {
        if (context.HasFrontMatter || document.Count == 0) return;
        Block? opening = document[0] switch
        {
            ThematicBreakBlock { ThematicChar: '-' } rule => rule,
            // Indented by a tab or four spaces, the same line is a code block.
            CodeBlock { Lines.Count: > 0 } code when code.Lines.Lines[0].Slice.ToString().Trim() == "---" => code,
            _ => null,
        };
        if (opening is null) return;
        context.ReportError(opening.Line, opening.Column, DiagnosticCodes.FrontMatterNotOnFirstLine,
            "this '---' looks like the start of front matter, but front matter must begin on line 1 with '---' at the start of the line; remove the blank lines or spaces before it (to start a page with a rule, write '***')");
    }
}
