using System.Text.Json;

namespace Dateline.Extraction.Quantities.Evaluation;

/// <summary>Reads a Recognizers-Text spec file (a JSON array of cases; the files start with a UTF-8 BOM).</summary>
public static class SpecReader
{
    /// <summary>Reads every case of <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a JSON array of cases (names the file).</exception>
    public static IReadOnlyList<SpecCase> Read(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var cases = new List<SpecCase>();
            foreach (var item in json.RootElement.EnumerateArray()) cases.Add(ReadCase(item));
            return cases;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new InvalidDataException($"E020: {path} is not a Recognizers-Text spec file: {e.Message}", e);
        }
    }

    private static SpecCase ReadCase(JsonElement item)
    {
        var results = new List<SpecResult>();
        if (item.TryGetProperty("Results", out var list))
        {
            foreach (var result in list.EnumerateArray())
            {
                var resolution = result.TryGetProperty("Resolution", out var r) && r.ValueKind == JsonValueKind.Object ? r : default;
                results.Add(new SpecResult(
                    String(result, "Text") ?? "", String(result, "TypeName") ?? "", String(resolution, "value"),
                    String(resolution, "subtype"), String(resolution, "unit"), String(resolution, "isoCurrency")));
            }
        }
        var unsupported = (String(item, "NotSupported") ?? "") + "," + (String(item, "NotSupportedByDesign") ?? "");
        return new SpecCase(String(item, "Input") ?? "", results, unsupported);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null => null,
                _ => value.GetRawText(),
            }
            : null;
}
