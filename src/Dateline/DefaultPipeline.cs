using Dateline.Models;
using Dateline.Pipeline;

namespace Dateline;

/// <summary>The pipeline <c>dateline analyze</c> runs on the built-in defaults.</summary>
public static class DefaultPipeline
{
    /// <summary>
    /// Builds the default pipeline, with models from <paramref name="models"/> (the embedded ones when null) and
    /// <paramref name="dictionaries"/> for linking and coding (the built-in ones when null).
    /// </summary>
    public static AnalysisPipeline Create(ModelRepository? models = null, Knowledge.DictionarySet? dictionaries = null)
    {
        models ??= ModelRepository.Embedded;
        dictionaries ??= Knowledge.BuiltInDictionaries.Load();
        var builder = new PipelineBuilder();
        builder.Add(new Text.SegmenterStage(models));
        builder.Add(new Nlp.Tagging.TaggerStage(models));
        builder.Add(new Nlp.Parsing.ParserStage(models));
        builder.Add(new Nlp.Entities.EntityRecognizerStage(models));
        builder.Add(new Knowledge.Gazetteer.PlaceResolutionStage());
        builder.Add(new Knowledge.Linking.EntityLinkingStage(dictionaries));
        builder.Add(new Extraction.Times.TimeExpressionStage());
        builder.Add(new Extraction.Quantities.QuantityStage());
        builder.Add(new Extraction.Quotes.QuoteStage());
        builder.Add(new Events.EventStage(dictionaries));
        builder.Add(new Extraction.Claims.ClaimStage());
        return builder.Build();
    }
}
