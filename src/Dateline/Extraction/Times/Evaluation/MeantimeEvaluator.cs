namespace Dateline.Extraction.Times.Evaluation;

/// <summary>
/// Scores the time recognizer on MEANTIME (gold tokens and sentences, tagged by the shipped tagger for the clause
/// tense), each document resolved against its creation date. Only the annotated sentences count: MEANTIME marks
/// the title, date line and first sentences of each article, so expressions found later are neither right nor wrong.
/// </summary>
public static class MeantimeEvaluator
{
    /// <summary>Scores every <c>*.xml</c> under <paramref name="folder"/> (e.g. <c>meantime/intra-doc_annotation</c>).</summary>
    public static TimeScore Evaluate(string folder, List<string>? errors = null)
    {
        var recognizer = new TimeRecognizer(new TimeOptions());
        var tagger = new Nlp.Tagging.TaggerStage(Models.ModelRepository.Embedded);
        int docs = 0, gold = 0, predicted = 0, strict = 0, relaxed = 0, correct = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var doc = MeantimeReader.Read(path);
            var window = doc.Sentences[..doc.AnnotatedSentences];
            var found = recognizer.Find(doc.Text, doc.Tokens, window);
            var document = new Documents.Document(doc.Text);
            document.Set(Documents.Layers.Tokens, doc.Tokens);
            document.Set(Documents.Layers.Sentences, doc.Sentences);
            tagger.Process(document, CancellationToken.None);
            var times = recognizer.Recognize(doc.Text, doc.Tokens, window, document.Get(Documents.Layers.Tags), doc.CreationDate);
            docs++;
            gold += doc.Gold.Count;
            predicted += times.Count;
            var used = new bool[times.Count];
            foreach (var g in doc.Gold)
            {
                var best = -1;
                for (var i = 0; i < times.Count; i++)
                {
                    if (used[i] || found[i].FirstToken >= g.EndToken || found[i].EndToken <= g.FirstToken) continue;
                    if (best < 0 || (found[i].FirstToken == g.FirstToken && found[i].EndToken == g.EndToken)) best = i;
                }
                if (best < 0)
                {
                    errors?.Add($"{doc.Name}: missed '{Text(doc, g.FirstToken, g.EndToken)}' {g.Type} {g.Value}");
                    continue;
                }
                used[best] = true;
                relaxed++;
                if (found[best].FirstToken == g.FirstToken && found[best].EndToken == g.EndToken) strict++;
                if (times[best].Value == g.Value) correct++;
                else errors?.Add($"{doc.Name}: value '{Text(doc, g.FirstToken, g.EndToken)}' gold {g.Value} got {times[best].Value} (dct {doc.CreationDate})");
            }
            for (var i = 0; i < times.Count; i++)
            {
                if (!used[i]) errors?.Add($"{doc.Name}: spurious '{doc.Text[times[i].Start..times[i].End]}' {times[i].Value}");
            }
        }
        return new TimeScore(docs, gold, predicted, strict, relaxed, correct);
    }

    private static string Text(MeantimeDocument doc, int first, int end) => doc.Text[doc.Tokens[first].Start..doc.Tokens[end - 1].End];
}
