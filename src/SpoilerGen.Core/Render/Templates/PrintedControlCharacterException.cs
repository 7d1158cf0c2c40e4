using Scriban.Parsing;
using Scriban.Syntax;
using SpoilerGen.Text;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// A template printed a value holding a control character (a string escape such as <c>"\x1b"</c>, or what a function
/// returned): reported at the place it was printed as SG0109, as the same character in content is.
/// </summary>
public sealed class PrintedControlCharacterException(SourceSpan span, char character)
    : ScriptRuntimeException(span,
        $"the value printed here holds the control character {ControlCharacters.Name(character)}, which cannot be published (no feed or sitemap may hold it); remove it from the value");
