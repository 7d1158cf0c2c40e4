using System.Text.Json;

namespace SpoilerGen.PublishTests;

/// <summary>
/// The URLs in levels.json that the chooser script navigates to: every string property named
/// "path", which the script resolves against the URL of levels.json itself.
/// </summary>
public static class LevelsFileReader
{
    public static IEnumerable<PageReference> Extract(string json)
    {
        using var document = JsonDocument.Parse(json);
        var found = new List<PageReference>();
        Collect(document.RootElement, found);
        return found;
    }

    private static void Collect(JsonElement element, List<PageReference> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, found);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("path") && property.Value.ValueKind == JsonValueKind.String)
                    {
                        found.Add(new PageReference("levels.json", "path", property.Value.GetString()!));
                    }
                    else
                    {
                        Collect(property.Value, found);
                    }
                }
                break;
        }
    }
}
