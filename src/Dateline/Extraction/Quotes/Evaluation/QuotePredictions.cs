using Dateline.Documents;

namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>Reads the quotes an analysed document holds (<see cref="QuoteLayers.Quotes"/>) as <see cref="PredictedQuote"/>s.</summary>
public static class QuotePredictions
{
    /// <summary>
    /// The document's quotes: kind in lower case, the cue only when the text names one, and for a speaker resolved to
    /// an entity every mention of that entity. None when the document has no quotes layer.
    /// </summary>
    public static IReadOnlyList<PredictedQuote> Read(Document document)
    {
        if (!document.TryGet(QuoteLayers.Quotes, out var quotes)) return [];
        document.TryGet(Layers.Entities, out var entities);
        var predicted = new List<PredictedQuote>(quotes.Count);
        foreach (var q in quotes)
        {
            var via = new List<TextSpan>(q.Via.Count);
            foreach (var v in q.Via) via.Add(v.Span);
            predicted.Add(new PredictedQuote(KindName(q.Kind), q.Content, q.Speaker?.Span, MentionsOf(q.Speaker, entities),
                q.HasCue ? q.Cue : null, via));
        }
        return predicted;
    }

    /// <summary>The labelled-set name of a kind.</summary>
    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        _ => "mixed",
    };

    private static IReadOnlyList<TextSpan> MentionsOf(QuoteParty? speaker, IReadOnlyList<Entity>? entities)
    {
        if (speaker?.Entity is not { } id || entities == null) return [];
        foreach (var e in entities)
        {
            if (e.Id == id) return e.Mentions;
        }
        return [];
    }
}
