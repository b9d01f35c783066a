using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Knowledge.Linking.Evaluation;

/// <summary>
/// Runs linking cases through a pipeline: the mention's actor is that of the linked mention covering it (its own, else
/// its entity's); a mention no entity covers is coded as a noun phrase from its last token.
/// </summary>
public static class LinkingCaseEvaluator
{
    /// <summary>The code each case got, in case order (null for none).</summary>
    public static IReadOnlyList<string?> Evaluate(AnalysisPipeline pipeline, ActorResolver resolver, IReadOnlyList<LinkingCase> cases)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(cases);
        var codes = new string?[cases.Count];
        for (var i = 0; i < cases.Count; i++) codes[i] = Code(pipeline, resolver, cases[i]);
        return codes;
    }

    private static string? Code(AnalysisPipeline pipeline, ActorResolver resolver, LinkingCase item)
    {
        var published = new DateTimeOffset(item.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var document = new Document(item.Sentence, new ArticleMetadata { Published = published });
        pipeline.Process(document);
        var start = item.Sentence.IndexOf(item.Mention, StringComparison.Ordinal);
        var span = new TextSpan(start, start + item.Mention.Length);
        if (LinkedEntityLookup.Find(document, span) is var (entity, mention)) return (mention.Actor ?? entity.Actor)?.Code;
        var tokens = document.Get(Layers.Tokens);
        var last = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Start < span.End && tokens[t].End > span.Start) last = t;
        }
        return last < 0 ? null : resolver.ResolveNounPhrase(document, last, item.Date)?.Code;
    }
}
