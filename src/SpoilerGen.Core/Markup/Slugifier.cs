using System.Globalization;
using System.Text;

namespace SpoilerGen.Markup;

/// <summary>Turns text into a URL segment or fragment id: lower case letters and digits joined by dashes.</summary>
public static class Slugifier
{
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
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
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
