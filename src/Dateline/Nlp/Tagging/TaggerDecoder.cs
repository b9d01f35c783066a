using Dateline.Nlp.Learning;

namespace Dateline.Nlp.Tagging;

/// <summary>Greedy left-to-right decoding with the trained weights (the prediction side of the tagger).</summary>
internal readonly struct TaggerDecoder(PosTaggerModel model)
{
    /// <summary>Writes the best label of every word into <paramref name="labels"/>.</summary>
    public void Decode(ReadOnlySpan<ReadOnlyMemory<char>> words, Span<int> labels)
    {
        var atoms = new SentenceAtoms(words, model.Ambiguity);
        var weights = model.Weights;
        var classes = weights.ClassCount;
        Span<float> scores = stackalloc float[classes];
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxStatic + TaggerFeatures.MaxHistory];
        for (var i = 0; i < words.Length; i++)
        {
            var known = model.TagDictionary.Find(atoms.Form[i]);
            if (known >= 0)
            {
                labels[i] = known;
                continue;
            }
            var count = TaggerFeatures.Static(atoms, i, features);
            var previous = i > 0 ? labels[i - 1] : TaggerFeatures.StartLabel;
            var beforePrevious = i > 1 ? labels[i - 2] : TaggerFeatures.StartLabel;
            count += TaggerFeatures.History(atoms, i, previous, beforePrevious, features[count..]);
            scores.Clear();
            foreach (var feature in features[..count]) weights.AddFeature(feature, scores);
            labels[i] = ArgMax(scores);
        }
    }

    /// <summary>The index of the highest score (the lowest index on ties).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best]) best = c;
        }
        return best;
    }
}
