using System.Net;
using System.Text;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Serve;

/// <summary>
/// The panel over every served page while the latest build has errors: in the full view each diagnostic, as
/// the terminal prints it; over an earlier tree's page only that the build failed, since a message can name a
/// later page, heading or id.
/// </summary>
public static class ServeOverlay
{
    public static string Html(IReadOnlyList<Diagnostic> diagnostics, bool hasLastGood, bool fullView)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var html = new StringBuilder();
        html.Append("<div class=\"sg-serve-overlay\" role=\"alert\" aria-labelledby=\"sg-serve-overlay-title\">\n");
        if (!fullView)
        {
            html.Append("<p class=\"sg-serve-overlay-title\" id=\"sg-serve-overlay-title\">Build failed</p>\n<p>")
                .Append(hasLastGood ? "Underneath is the last build that succeeded. " : "")
                .Append("The errors are in the terminal, on this page's spoiler map and on the last episode's pages: this episode's pages show nothing past it. ")
                .Append("Fix the file and save it: this page reloads by itself.</p>\n")
                .Append("<button type=\"button\" class=\"sg-serve-overlay-hide\" hidden>Hide</button>\n</div>\n");
            return html.ToString();
        }
        html.Append("<p class=\"sg-serve-overlay-title\" id=\"sg-serve-overlay-title\">Build failed: ")
            .Append(errors).Append(errors == 1 ? " error" : " errors").Append("</p>\n<ul>\n");
        // Errors first: they are what stopped the build; warnings follow, as the terminal printed them.
        foreach (var diagnostic in diagnostics.Where(d => d.IsError).Concat(diagnostics.Where(d => !d.IsError)))
        {
            html.Append(diagnostic.IsError ? "<li class=\"sg-serve-error\"><code>" : "<li class=\"sg-serve-warning\"><code>")
                .Append(WebUtility.HtmlEncode(diagnostic.ToString())).Append("</code></li>\n");
        }
        html.Append("</ul>\n<p>")
            .Append(hasLastGood ? "Underneath is the last build that succeeded. " : "Nothing has built yet. ")
            .Append("Fix the file and save it: this page reloads by itself.</p>\n")
            .Append("<button type=\"button\" class=\"sg-serve-overlay-hide\" hidden>Hide</button>\n</div>\n");
        return html.ToString();
    }
}
