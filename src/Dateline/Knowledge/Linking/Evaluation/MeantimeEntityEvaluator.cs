using Dateline.Documents;
using Dateline.Knowledge.Gazetteer;
using Dateline.Pipeline;

namespace Dateline.Knowledge.Linking.Evaluation;

/// <summary>
/// Scores named-entity mentions and alias clusters on MEANTIME. Each article is analyzed from its gold tokens and
/// sentences (tagger, parser, recognizer, places, linking), dated by its creation time. Only the annotated sentences
/// count. Nationality adjectives (our <c>GROUP</c> type) are scored: MEANTIME marks <c>American</c> as a name of the
/// country. Predicted mentions lying only on mentions that are not scored (products, financial names, nominal and
/// appositive mentions whose name MEANTIME did not mark on its own) are neither right nor wrong. B-cubed is computed over the gold named mentions that a predicted mention overlaps and that refer to an
/// entity: a mention's gold cluster is its entity, its predicted cluster the entity of the overlapping mention.
/// </summary>
public static class MeantimeEntityEvaluator
{
    /// <summary>Scores every <c>*.xml</c> under <paramref name="folder"/> (<c>meantime/intra-doc_annotation</c>).</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="dictionaries">The dictionaries linking uses.</param>
    /// <param name="errors">When given, receives one line per missed or spurious mention and per wrong merge.</param>
    public static EntityScore Evaluate(string folder, DictionarySet dictionaries, List<string>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(dictionaries);
        var models = Models.ModelRepository.Embedded;
        IPipelineStage[] stages =
        [
            new Nlp.Tagging.TaggerStage(models), new Nlp.Parsing.ParserStage(models), new Nlp.Entities.EntityRecognizerStage(models),
            new PlaceResolutionStage(), new EntityLinkingStage(dictionaries),
        ];
        var recognizer = new MentionScore();
        var linked = new MentionScore();
        var documents = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var gold = MeantimeEntityReader.Read(path);
            var document = Analyze(gold, stages);
            documents++;
            MentionScorer.Score(gold, document, Predictions.FromEntities(document, gold), recognizer, null);
            MentionScorer.Score(gold, document, Predictions.FromLinks(document, gold), linked, errors);
        }
        return new EntityScore(documents, recognizer, linked);
    }

    private static Document Analyze(MeantimeEntityDocument gold, IPipelineStage[] stages)
    {
        var published = gold.CreationDate is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var document = new Document(gold.Text, new ArticleMetadata { Published = published, Id = gold.Name });
        document.Set(Layers.Tokens, gold.Tokens);
        document.Set(Layers.Sentences, gold.Sentences);
        foreach (var stage in stages) stage.Process(document, CancellationToken.None);
        return document;
    }
}
