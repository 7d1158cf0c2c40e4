using System.Text;
using SpoilerGen.Text;

namespace SpoilerGen.Markup.Headings;

/// <summary>Turns text into a URL segment or fragment id: lower case letters and digits joined by dashes.</summary>
/// <remarks>
/// Accents are removed with <see cref="DiacriticFolding"/>, not <see cref="string.Normalize()"/>, which does
/// nothing under the invariant globalization the tool runs with: "Café" is <c>cafe</c> in the tool and in tests alike.
/// </remarks>
public static class Slugifier
{
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in DiacriticFolding.RemoveDiacritics(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0) builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }
        return builder.ToString();
    }
}
