using System.Text;
using Dateline.Models;
using Dateline.Nlp.Entities.Training;

namespace Dateline.Nlp.Entities;

/// <summary>
/// Lists the recognizer's mistakes on GUM dev (the tuning set), one line each: <c>missed</c> for a gold name not
/// found with its span and type, <c>spurious</c> for a predicted one not in the gold, with the name and its sentence.
/// For looking at errors while tuning; test sets are never listed.
/// </summary>
public static class NerErrorList
{
    /// <summary>Up to <paramref name="max"/> mistakes of the model (the embedded one when <paramref name="model"/> is null).</summary>
    /// <exception cref="InvalidDataException">The stream is not a NER model of this version.</exception>
    public static IReadOnlyList<string> GumDev(string dataDirectory, Stream? model, int max)
    {
        var recognizer = model == null ? EntityRecognizer.Load(ModelRepository.Embedded) : EntityRecognizer.Load(model, "model");
        var examples = new NerCorpus(dataDirectory, recognizer.Labeler.Extractor.Gazetteer).Gum("dev");
        var predictions = NerEvaluator.PredictByDocument(recognizer.Labeler, examples);
        var lines = new List<string>();
        for (var e = 0; e < examples.Count && lines.Count < max; e++)
        {
            var words = examples[e].Words;
            foreach (var gold in examples[e].Spans)
            {
                if (!predictions[e].Contains(gold)) lines.Add(Line("missed", gold, words));
            }
            foreach (var predicted in predictions[e])
            {
                if (!examples[e].Spans.Contains(predicted)) lines.Add(Line("spurious", predicted, words));
            }
        }
        return lines.Count > max ? lines[..max] : lines;
    }

    private static string Line(string kind, NamedSpan span, IReadOnlyList<string> words)
    {
        var text = new StringBuilder();
        text.Append(kind).Append(' ').Append(span.Type).Append(": ");
        for (var i = span.Start; i < span.End; i++) text.Append(words[i]).Append(i + 1 < span.End ? " " : "");
        text.Append("  |  ");
        for (var i = 0; i < words.Count; i++)
        {
            if (i == span.Start) text.Append('[');
            text.Append(words[i]);
            if (i + 1 == span.End) text.Append(']');
            text.Append(' ');
        }
        return text.ToString().TrimEnd();
    }
}
