using Dateline.Documents;

namespace Dateline.Serialization;

/// <summary>
/// Writes a short readable summary of an analyzed article for a person at a terminal
/// (<c>dateline analyze --format text</c>): metadata, sentence count and entities by type.
/// </summary>
public static class ArticleSummaryWriter
{
    /// <summary>Writes the summary of <paramref name="document"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, Document document)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        var m = document.Metadata;
        output.WriteLine($"== {m.Title ?? m.Origin ?? ArticleMetadataJson.ContentId(document.Text)}");
        Line(output, "published", m.Published is { } p ? ArticleMetadataJson.FormatPublished(p) : "(unknown)");
        Line(output, "source", m.Source);
        Line(output, "dateline", m.DatelinePlaces.Count > 0 ? string.Join(", ", m.DatelinePlaces) : null);
        Line(output, "byline", m.Bylines.Count > 0 ? string.Join("; ", m.Bylines) : null);
        Line(output, "url", m.Url);
        var sentences = document.TryGet(Layers.Sentences, out var s) ? s.Count : 0;
        var tokens = document.TryGet(Layers.Tokens, out var t) ? t.Count : 0;
        Line(output, "text", $"{document.Text.Length} characters, {sentences} sentences, {tokens} tokens");
        if (document.TryGet(Layers.Entities, out var entities) && entities.Count > 0)
        {
            foreach (var group in entities.GroupBy(e => e.Type).OrderBy(g => g.Key))
            {
                var names = group.Select(e => e.Mentions.Count > 1 ? $"{e.Name} (x{e.Mentions.Count})" : e.Name);
                Line(output, EntitiesJsonWriter.TypeName(group.Key).ToLowerInvariant(), string.Join(", ", names));
            }
        }
        output.WriteLine();
    }

    private static void Line(TextWriter output, string label, string? value)
    {
        if (value is null) return;
        output.Write("  ");
        output.Write(label.PadRight(13));
        output.WriteLine(value);
    }
}
