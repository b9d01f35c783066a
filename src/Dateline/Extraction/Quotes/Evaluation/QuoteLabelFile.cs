using System.Text.Json;
using Dateline.Documents;

namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>
/// Reads a labelled set: JSONL, one article per line,
/// <c>{"corpus", "doc", "textSha256", "split"?, "quotes": [{"kind", "content": [s, e], "speaker": [s, e] | null, "cue": [s, e] | null, "via": [[s, e], ...]}]}</c>.
/// Blank lines are skipped. Format errors come back as messages naming the file and line.
/// </summary>
public static class QuoteLabelFile
{
    /// <summary>Reads every article of <paramref name="path"/>; <paramref name="errors"/> receives one message per bad line.</summary>
    public static IReadOnlyList<LabelledArticle> Read(string path, ICollection<string> errors)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path, errors);
    }

    /// <summary>Reads every article from <paramref name="reader"/>; <paramref name="name"/> is used in messages.</summary>
    public static IReadOnlyList<LabelledArticle> Read(TextReader reader, string name, ICollection<string> errors)
    {
        var articles = new List<LabelledArticle>();
        string? line;
        var number = 0;
        while ((line = reader.ReadLine()) != null)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                articles.Add(ParseArticle(json.RootElement, number));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                errors.Add($"{name}:{number}: {e.Message}");
            }
        }
        return articles;
    }

    private static LabelledArticle ParseArticle(JsonElement root, int line)
    {
        var quotes = new List<QuoteLabel>();
        foreach (var q in root.GetProperty("quotes").EnumerateArray())
        {
            var via = new List<TextSpan>();
            if (q.TryGetProperty("via", out var v) && v.ValueKind == JsonValueKind.Array)
            {
                foreach (var span in v.EnumerateArray()) via.Add(Span(span));
            }
            quotes.Add(new QuoteLabel(q.GetProperty("kind").GetString() ?? "", Span(q.GetProperty("content")),
                OptionalSpan(q, "speaker"), OptionalSpan(q, "cue"), via));
        }
        return new LabelledArticle(root.GetProperty("corpus").GetString() ?? "", root.GetProperty("doc").GetString() ?? "",
            root.GetProperty("textSha256").GetString() ?? "", quotes, line, SplitOf(root));
    }

    private static string SplitOf(JsonElement root)
    {
        if (!root.TryGetProperty("split", out var split) || split.ValueKind == JsonValueKind.Null) return LabelledArticle.DevSplit;
        var name = split.GetString();
        return string.IsNullOrWhiteSpace(name) ? throw new FormatException("the split is blank") : name;
    }

    private static TextSpan? OptionalSpan(JsonElement quote, string property) =>
        quote.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? Span(value) : null;

    private static TextSpan Span(JsonElement pair)
    {
        if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
        {
            throw new FormatException($"expected a [start, end] pair, found {pair.GetRawText()}");
        }
        return new TextSpan(pair[0].GetInt32(), pair[1].GetInt32());
    }
}
