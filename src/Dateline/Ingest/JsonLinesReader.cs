using System.Globalization;
using System.Text.Json;
using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>
/// Reads JSON Lines: one JSON object per line, one article per object, origin <c>path#N</c> (1-based line).
/// Fields: <c>text</c> (taken exactly) or <c>html</c> (extracted like a page); <c>id</c> (string or number),
/// <c>url</c>, <c>title</c>, <c>published</c> (or <c>date</c>), <c>source</c> (or <c>site</c>),
/// <c>author</c>/<c>authors</c> (string or array), <c>language</c>. Fields given on the line win over what the
/// HTML says. Blank lines are skipped; a line that is not a JSON object or lacks a text/html string is an error
/// naming the line, and the lines after it are still read.
/// </summary>
internal sealed class JsonLinesReader(HtmlArticleReader html) : IArticleReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <inheritdoc />
    public IEnumerable<LoadOutcome> Read(string text, ReadContext context)
    {
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ReadLine(line, number, context);
        }
    }

    private LoadOutcome ReadLine(string line, int number, ReadContext context)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, Options);
        }
        catch (JsonException e)
        {
            return context.Error(InputErrorCodes.Malformed, "the line is not valid JSON: " + e.Message, number);
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return context.Error(InputErrorCodes.Malformed, $"the line is JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object", number);
            }
            var origin = context.Path + "#" + number.ToString(CultureInfo.InvariantCulture);
            if (String(root, "text") is { } text) return context.Finish(text, Metadata(root, new ArticleMetadata()), InputFormat.JsonLines, origin, number);
            if (String(root, "html") is { } page)
            {
                var (body, fromHtml) = html.Extract(page);
                return context.Finish(body, Metadata(root, fromHtml), InputFormat.JsonLines, origin, number);
            }
            return context.Error(InputErrorCodes.Malformed, "the line has neither a \"text\" nor an \"html\" string field", number);
        }
    }

    private static ArticleMetadata Metadata(JsonElement root, ArticleMetadata fromHtml)
    {
        var authors = Strings(root, "authors") is { Count: > 0 } many ? many : Strings(root, "author");
        return fromHtml with
        {
            Id = Id(root) ?? fromHtml.Id,
            Url = String(root, "url") ?? fromHtml.Url,
            Title = String(root, "title") ?? fromHtml.Title,
            Published = DateParser.Parse(String(root, "published") ?? String(root, "date")) ?? fromHtml.Published,
            Source = String(root, "source") ?? String(root, "site") ?? fromHtml.Source,
            Bylines = authors.Count > 0 ? authors : fromHtml.Bylines,
            Language = String(root, "language") ?? fromHtml.Language,
        };
    }

    private static string? Id(JsonElement root) =>
        root.TryGetProperty("id", out var id)
            ? id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            }
            : null;

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyList<string> Strings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value)) return [];
        if (value.ValueKind == JsonValueKind.String) return string.IsNullOrWhiteSpace(value.GetString()) ? [] : [value.GetString()!.Trim()];
        if (value.ValueKind != JsonValueKind.Array) return [];
        return value.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()?.Trim()
                : item.ValueKind == JsonValueKind.Object ? String(item, "name")?.Trim() : null)
            .Where(s => !string.IsNullOrEmpty(s))
            .Select(s => s!)
            .ToList();
    }
}
