using System.Text.Json;
using Dateline.Storage.Reading;

namespace Dateline.Storage.Export;

/// <summary>Writes the stored <c>dateline.article/1</c> analysis of each article the query selects, compacted to one line each.</summary>
internal static class NativeJsonlExporter
{
    /// <summary>Writes the articles (newest first, as <see cref="IArticleStore.Articles"/> lists them); returns the number of lines.</summary>
    public static long Write(IArticleStore store, StoreQuery query, Stream output)
    {
        var ids = new List<long>();
        foreach (var article in store.Articles(query)) ids.Add(article.Id);
        long lines = 0;
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var id in ids)
        {
            if (store.AnalysisJson(id) is not { } analysis) continue;
            using (var document = JsonDocument.Parse(analysis)) document.WriteTo(json);
            json.Flush();
            json.Reset();
            output.WriteByte((byte)'\n');
            lines++;
        }
        return lines;
    }
}
