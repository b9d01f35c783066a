using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Events.Evaluation;

/// <summary>Parses record text with our own pipeline (segmenter, tagger, parser) into the coder's sentences.</summary>
public static class OwnParses
{
    /// <summary>A pipeline of the segmenter, tagger and parser over the embedded models.</summary>
    public static AnalysisPipeline Pipeline() => new PipelineBuilder()
        .Add(new Text.SegmenterStage())
        .Add(new Nlp.Tagging.TaggerStage())
        .Add(new Nlp.Parsing.ParserStage())
        .Build();

    /// <summary>The sentences of <paramref name="text"/> as parsed by <paramref name="pipeline"/>.</summary>
    public static IReadOnlyList<ParsedSentence> Parse(AnalysisPipeline pipeline, string text)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var document = new Document(text);
        pipeline.Process(document);
        var sentences = new List<ParsedSentence>();
        foreach (var sentence in document.Get(Layers.Sentences)) sentences.Add(ParsedSentence.FromDocument(document, sentence));
        return sentences;
    }
}
