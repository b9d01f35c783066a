using Dateline.Corpora;

namespace Dateline.Nlp.Tagging;

/// <summary>Scores a <see cref="PosTagger"/> against gold CoNLL-U sentences (gold tokenization, predicted tags for lemmas).</summary>
public static class TaggerEvaluator
{
    /// <summary>Tags every sentence and counts agreements with the gold annotation.</summary>
    public static TaggerEvaluation Evaluate(PosTagger tagger, IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        int count = 0, tokens = 0, upos = 0, xpos = 0, both = 0, lemma = 0;
        var forms = new List<string>();
        foreach (var sentence in sentences)
        {
            forms.Clear();
            foreach (var word in sentence.Words) forms.Add(word.Form);
            var tagged = tagger.Tag(forms);
            for (var i = 0; i < forms.Count; i++)
            {
                var gold = sentence.Words[i];
                var u = tagged.Upos[i] == gold.Upos;
                var x = tagged.Xpos[i] == gold.Xpos;
                upos += u ? 1 : 0;
                xpos += x ? 1 : 0;
                both += u && x ? 1 : 0;
                lemma += SameLemma(tagged.Lemmas[i], gold.Lemma) ? 1 : 0;
            }
            tokens += forms.Count;
            count++;
        }
        return new TaggerEvaluation(count, tokens, upos, xpos, both, lemma);
    }

    private static bool SameLemma(string predicted, string gold)
    {
        if (predicted.Length != gold.Length) return false;
        for (var i = 0; i < gold.Length; i++)
        {
            if (TaggerText.Normalize(predicted[i]) != TaggerText.Normalize(gold[i])) return false;
        }
        return true;
    }
}
