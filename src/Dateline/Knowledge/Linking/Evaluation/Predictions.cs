using Dateline.Documents;

namespace Dateline.Knowledge.Linking.Evaluation;

/// <summary>A predicted mention as tokens, with its cluster and type.</summary>
internal readonly record struct PredictedMention(int FirstToken, int EndToken, string Cluster, EntityType Type);

/// <summary>Turns the entity layers of an analyzed MEANTIME article into token-based predicted mentions.</summary>
internal static class Predictions
{
    public static List<PredictedMention> FromEntities(Document document, MeantimeEntityDocument gold)
    {
        var found = new List<PredictedMention>();
        foreach (var entity in document.Get(Layers.Entities))
        {
            foreach (var span in entity.Mentions) Add(found, gold, span, entity.Id, entity.Type);
        }
        return found;
    }

    public static List<PredictedMention> FromLinks(Document document, MeantimeEntityDocument gold)
    {
        var found = new List<PredictedMention>();
        foreach (var entity in document.Get(LinkingLayers.EntityLinks))
        {
            foreach (var mention in entity.Mentions) Add(found, gold, mention.Span, entity.Id, entity.Type);
        }
        return found;
    }

    private static void Add(List<PredictedMention> found, MeantimeEntityDocument gold, TextSpan span, string cluster, EntityType type)
    {
        var first = -1;
        var end = -1;
        for (var i = 0; i < gold.Tokens.Length; i++)
        {
            if (gold.Tokens[i].End <= span.Start || gold.Tokens[i].Start >= span.End) continue;
            if (first < 0) first = i;
            end = i + 1;
        }
        if (first >= 0) found.Add(new PredictedMention(first, end, cluster, type));
    }
}
