using Dateline.Documents;
using Dateline.Extraction.Times;
using Dateline.Text;

namespace Dateline.Tests.Extraction.Times;

/// <summary>Builds documents for the time tests: segmented by the real segmenter, tags given by hand.</summary>
internal static class TimeTestDocuments
{
    /// <summary>Runs the times stage on <paramref name="text"/> published on <paramref name="published"/> (yyyy-MM-dd or null).</summary>
    public static IReadOnlyList<TimeExpression> Recognize(string text, string? published, IReadOnlyDictionary<string, string>? xpos = null,
        TimeOptions? options = null)
    {
        var metadata = new ArticleMetadata
        {
            Published = published == null ? null : new DateTimeOffset(DateTime.ParseExact(published, "yyyy-MM-dd", null), TimeSpan.Zero),
        };
        var document = new Document(text, metadata);
        new SegmenterStage().Process(document, CancellationToken.None);
        if (xpos != null)
        {
            var tokens = document.Get(Layers.Tokens);
            var tags = tokens.Select(t => xpos.TryGetValue(document.TextOf(t.Span), out var x) ? x : "NN").ToArray();
            document.Set(Layers.Tags, new PosTags(tags.Select(_ => "X").ToArray(), tags));
        }
        new TimeExpressionStage(options ?? new TimeOptions { RequireTags = xpos != null }).Process(document, CancellationToken.None);
        return document.Get(TimeLayers.Times);
    }

    /// <summary>The single expression whose text is <paramref name="span"/>.</summary>
    public static TimeExpression Find(string text, IReadOnlyList<TimeExpression> times, string span)
    {
        var found = times.Where(t => text[t.Start..t.End] == span).ToList();
        Assert.True(found.Count == 1, $"expected one '{span}', found: {string.Join(" | ", times.Select(t => text[t.Start..t.End] + "=" + t.Value))}");
        return found[0];
    }

    /// <summary>The value of the expression <paramref name="span"/> in <paramref name="text"/>.</summary>
    public static string ValueOf(string text, string span, string? published = "2022-02-15", IReadOnlyDictionary<string, string>? xpos = null) =>
        Find(text, Recognize(text, published, xpos), span).Value;
}
