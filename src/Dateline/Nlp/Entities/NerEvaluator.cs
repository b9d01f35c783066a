using Dateline.Documents;
using Dateline.Models;
using Dateline.Nlp.Entities.Training;

namespace Dateline.Nlp.Entities;

/// <summary>
/// Measures the recognizer on held-out data: UNER English-EWT test and the GUM test documents, span-level
/// exact match of span and type for Person, Organization and Location (micro-averaged over the three).
/// GUM names are derived as described in <see cref="GumNamedSpans"/> (outermost named mention of each type).
/// </summary>
public static class NerEvaluator
{
    /// <summary>Evaluates the model in <paramref name="models"/> on UNER test and GUM test in <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="FileNotFoundException">The model or a data file is missing.</exception>
    public static IReadOnlyList<NerEvaluation> EvaluateSharedData(string dataDirectory, ModelRepository models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return Evaluate(dataDirectory, EntityRecognizer.Load(models));
    }

    /// <summary>Evaluates the model read from <paramref name="model"/> on UNER test and GUM test.</summary>
    /// <exception cref="InvalidDataException">The stream is not a NER model of this version.</exception>
    /// <exception cref="FileNotFoundException">A data file is missing.</exception>
    public static IReadOnlyList<NerEvaluation> EvaluateSharedData(string dataDirectory, Stream model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Evaluate(dataDirectory, EntityRecognizer.Load(model, "model"));
    }

    /// <summary>Evaluates a model (the embedded one when <paramref name="model"/> is null) on GUM dev, the tuning set.</summary>
    /// <exception cref="InvalidDataException">The stream is not a NER model of this version.</exception>
    public static NerEvaluation EvaluateGumDev(string dataDirectory, Stream? model)
    {
        var recognizer = model == null ? EntityRecognizer.Load(ModelRepository.Embedded) : EntityRecognizer.Load(model, "model");
        var corpus = new NerCorpus(dataDirectory, recognizer.Labeler.Extractor.Gazetteer);
        return Evaluate(recognizer.Labeler, corpus.Gum("dev"), "GUM dev");
    }

    private static IReadOnlyList<NerEvaluation> Evaluate(string dataDirectory, EntityRecognizer recognizer)
    {
        var corpus = new NerCorpus(dataDirectory, recognizer.Labeler.Extractor.Gazetteer);
        return
        [
            Evaluate(recognizer.Labeler, corpus.UnerTest(), "UNER EWT test"),
            Evaluate(recognizer.Labeler, corpus.Gum("test"), "GUM test"),
        ];
    }

    /// <summary>Scores the labeler's names against the gold names of <paramref name="examples"/>.</summary>
    internal static NerEvaluation Evaluate(NerLabeler labeler, IReadOnlyList<NerExample> examples, string name)
    {
        var counts = new Dictionary<EntityType, (int Tp, int Fp, int Fn)>();
        foreach (var type in BilouScheme.Types) counts[type] = (0, 0, 0);
        var tokens = 0;
        var predictions = PredictByDocument(labeler, examples);
        for (var e = 0; e < examples.Count; e++)
        {
            var example = examples[e];
            tokens += example.Words.Count;
            var predicted = predictions[e];
            foreach (var span in predicted)
            {
                var (tp, fp, fn) = counts[span.Type];
                counts[span.Type] = Contains(example.Spans, span) ? (tp + 1, fp, fn) : (tp, fp + 1, fn);
            }
            foreach (var gold in example.Spans)
            {
                if (Contains(predicted, gold)) continue;
                var (tp, fp, fn) = counts[gold.Type];
                counts[gold.Type] = (tp, fp, fn + 1);
            }
        }
        var byType = new Dictionary<EntityType, NerScore>();
        var micro = new NerScore(0, 0, 0);
        foreach (var (type, (tp, fp, fn)) in counts)
        {
            byType[type] = new NerScore(tp, fp, fn);
            micro = micro.Plus(byType[type]);
        }
        return new NerEvaluation(name, examples.Count, tokens, byType, micro);
    }

    /// <summary>Predicts every example, a document (consecutive examples with the same source) at a time.</summary>
    internal static List<List<NamedSpan>> PredictByDocument(NerLabeler labeler, IReadOnlyList<NerExample> examples)
    {
        var buffer = new FeatureBuffer();
        var result = new List<List<NamedSpan>>(examples.Count);
        var start = 0;
        while (start < examples.Count)
        {
            var end = start + 1;
            while (end < examples.Count && examples[end].Source == examples[start].Source) end++;
            var sentences = new List<SentenceText>(end - start);
            var names = new List<List<NamedSpan>>(end - start);
            for (var e = start; e < end; e++)
            {
                var sentence = SentenceText.FromWords(examples[e].Words);
                sentences.Add(sentence);
                names.Add(labeler.Predict(sentence, buffer));
            }
            DocumentConsistency.Apply(sentences, names);
            result.AddRange(names);
            start = end;
        }
        return result;
    }

    private static bool Contains(IReadOnlyList<NamedSpan> spans, NamedSpan span)
    {
        foreach (var s in spans)
        {
            if (s == span) return true;
        }
        return false;
    }
}
