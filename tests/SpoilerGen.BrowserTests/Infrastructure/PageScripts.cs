using System.Text.Json;
using Microsoft.Playwright;

namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>Runs a script in a page and reads its JSON result into C# records (camelCase to PascalCase).</summary>
public static class PageScripts
{
    public static async Task<T> ReadAsync<T>(this IPage page, string script, object? argument = null)
    {
        var result = await page.EvaluateAsync<JsonElement>(script, argument);
        return result.Deserialize<T>(JsonSerializerOptions.Web) ?? throw new InvalidDataException($"The script returned null: {script}");
    }
}
