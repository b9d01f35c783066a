using System.Text.Json;

namespace Dateline.Ingest;

/// <summary>
/// Reads JSON-LD blocks: finds the first node whose <c>@type</c> names an article (<c>NewsArticle</c>,
/// <c>Article</c>, <c>ReportageNewsArticle</c>, <c>BlogPosting</c>…), at the top level, in an array, or inside
/// <c>@graph</c>, and resolves <c>{"@id": …}</c> references to other nodes of the same block.
/// Malformed JSON is skipped: pages often carry broken blocks beside good ones.
/// </summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>The article described by the first block that describes one, or null.</summary>
    public static JsonLdArticle? Read(IEnumerable<string> blocks)
    {
        foreach (var block in blocks)
        {
            try
            {
                using var json = JsonDocument.Parse(block, Options);
                var nodes = new List<JsonElement>();
                Collect(json.RootElement, nodes);
                foreach (var node in nodes)
                {
                    if (IsArticle(node)) return Describe(node, nodes);
                }
            }
            catch (JsonException)
            {
                // A broken block says nothing; the next one may.
            }
        }
        return null;
    }

    private static void Collect(JsonElement element, List<JsonElement> nodes)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, nodes);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        nodes.Add(element);
        if (element.TryGetProperty("@graph", out var graph)) Collect(graph, nodes);
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return IsArticleType(type.GetString());
        return type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString()));
    }

    private static bool IsArticleType(string? type) =>
        type != null && (type.EndsWith("Article", StringComparison.Ordinal) || type == "BlogPosting" || type == "LiveBlogPosting");

    private static JsonLdArticle Describe(JsonElement node, List<JsonElement> nodes) => new()
    {
        Headline = Text(node, "headline") ?? Text(node, "name"),
        DatePublished = Text(node, "datePublished") ?? Text(node, "dateCreated"),
        Authors = Names(node, "author", nodes),
        Publisher = Names(node, "publisher", nodes).FirstOrDefault(),
        Url = Text(node, "url") ?? Reference(node, "mainEntityOfPage"),
    };

    private static string? Text(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static string? Reference(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value)) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        return value.ValueKind == JsonValueKind.Object ? Text(value, "@id") ?? Text(value, "url") : null;
    }

    private static IReadOnlyList<string> Names(JsonElement node, string property, List<JsonElement> nodes)
    {
        if (!node.TryGetProperty(property, out var value)) return [];
        var names = new List<string>();
        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
        {
            if (NameOf(item, nodes) is { } name && !names.Contains(name)) names.Add(name);
        }
        return names;
    }

    private static string? NameOf(JsonElement item, List<JsonElement> nodes)
    {
        if (item.ValueKind == JsonValueKind.String) return string.IsNullOrWhiteSpace(item.GetString()) ? null : item.GetString()!.Trim();
        if (item.ValueKind != JsonValueKind.Object) return null;
        if (Text(item, "name") is { } name) return name;
        var id = Text(item, "@id");
        if (id == null) return null;
        foreach (var other in nodes)
        {
            if (Text(other, "@id") == id && Text(other, "name") is { } resolved) return resolved;
        }
        return null;
    }
}
