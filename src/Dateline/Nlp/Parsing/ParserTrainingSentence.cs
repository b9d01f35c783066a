using Dateline.Corpora;

namespace Dateline.Nlp.Parsing;

/// <summary>A training sentence prepared once: token codes and the projectivized gold tree over positions 0..n.</summary>
internal sealed class ParserTrainingSentence
{
    private ParserTrainingSentence(ParserTokenCodes codes, int[] heads, int[] labels)
    {
        Codes = codes;
        Heads = heads;
        Labels = labels;
    }

    /// <summary>Token codes.</summary>
    public ParserTokenCodes Codes { get; }

    /// <summary>Gold head per position (index 0, the root, unused), after lifting.</summary>
    public int[] Heads { get; }

    /// <summary>Gold label id per position (index 0 unused).</summary>
    public int[] Labels { get; }

    /// <summary>Prepares a sentence; relations are mapped to ids through <paramref name="labelIds"/>; <paramref name="tags"/> replace the gold tags when given.</summary>
    public static ParserTrainingSentence From(ConlluSentence sentence, IReadOnlyDictionary<string, int> labelIds, Dateline.Documents.PosTags? tags = null)
    {
        var words = sentence.Words;
        var codes = new ParserTokenCodes(words.Count);
        var heads = new int[words.Count + 1];
        var labels = new int[words.Count + 1];
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            codes.Set(i, w.Form, tags?.Upos[i] ?? w.Upos, tags?.Xpos[i] ?? w.Xpos);
            heads[i + 1] = w.Head;
            labels[i + 1] = labelIds[w.Deprel];
        }
        ParserProjectivizer.Lift(heads);
        return new ParserTrainingSentence(codes, heads, labels);
    }
}
