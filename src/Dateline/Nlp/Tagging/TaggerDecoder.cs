using Dateline.Nlp.Learning;

namespace Dateline.Nlp.Tagging;

/// <summary>
/// Greedy left-to-right decoding with the trained weights (the prediction side of the tagger). With a
/// second-pass model, the first pass's labels give the second pass a view of the tokens on the right.
/// </summary>
internal readonly struct TaggerDecoder(PosTaggerModel model)
{
    /// <summary>Writes the best label of every word into <paramref name="labels"/>.</summary>
    public void Decode(ReadOnlySpan<ReadOnlyMemory<char>> words, Span<int> labels)
    {
        var atoms = new SentenceAtoms(words, model.Ambiguity);
        if (model.SecondPass == null)
        {
            DecodePass(atoms, model.Weights, model.TagDictionary, [], labels);
            return;
        }
        Span<int> first = words.Length <= 256 ? stackalloc int[words.Length] : new int[words.Length];
        var secondRows = new int[words.Length * TaggerFeatures.MaxStatic];
        FirstPass(atoms, first, secondRows);
        SecondPass(atoms, first, secondRows, labels);
    }

    /// <summary>The first pass, which also looks up the second pass's rows of the static features.</summary>
    private void FirstPass(SentenceAtoms atoms, Span<int> labels, Span<int> secondRows)
    {
        var weights = model.Weights;
        var index = model.BothPasses!;
        Span<float> scores = stackalloc float[weights.ClassCount];
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        for (var i = 0; i < atoms.Length; i++)
        {
            var count = TaggerFeatures.Static(atoms, i, features);
            var rows = secondRows.Slice(i * TaggerFeatures.MaxStatic, TaggerFeatures.MaxStatic);
            rows.Fill(-1);
            var known = model.TagDictionary.Find(atoms.Form[i]);
            if (known >= 0)
            {
                labels[i] = known;
                continue;
            }
            scores.Clear();
            for (var k = 0; k < count; k++)
            {
                var (first, second) = index.Find(features[k]);
                weights.AddRow(first, scores);
                rows[k] = second;
            }
            var history = TaggerFeatures.History(atoms, i, i > 0 ? labels[i - 1] : TaggerFeatures.StartLabel,
                i > 1 ? labels[i - 2] : TaggerFeatures.StartLabel, features);
            foreach (var feature in features[..history]) weights.AddFeature(feature, scores);
            labels[i] = ArgMax(scores);
        }
    }

    /// <summary>The second pass, reusing the static rows found by the first.</summary>
    private void SecondPass(SentenceAtoms atoms, ReadOnlySpan<int> firstPass, ReadOnlySpan<int> secondRows, Span<int> labels)
    {
        var weights = model.SecondPass!;
        Span<float> scores = stackalloc float[weights.ClassCount];
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxHistory + TaggerFeatures.MaxLookahead];
        for (var i = 0; i < atoms.Length; i++)
        {
            var known = model.TagDictionary.Find(atoms.Form[i]);
            if (known >= 0)
            {
                labels[i] = known;
                continue;
            }
            scores.Clear();
            foreach (var row in secondRows.Slice(i * TaggerFeatures.MaxStatic, TaggerFeatures.MaxStatic)) weights.AddRow(row, scores);
            var previous = i > 0 ? labels[i - 1] : TaggerFeatures.StartLabel;
            var count = TaggerFeatures.History(atoms, i, previous, i > 1 ? labels[i - 2] : TaggerFeatures.StartLabel, features);
            count += TaggerFeatures.Lookahead(atoms, i, firstPass, previous, features[count..]);
            foreach (var feature in features[..count]) weights.AddFeature(feature, scores);
            labels[i] = ArgMax(scores);
        }
    }

    /// <summary>One greedy pass; <paramref name="firstPass"/> is empty for the first pass.</summary>
    public static void DecodePass(SentenceAtoms atoms, PerceptronWeights weights, TagDictionary dictionary, ReadOnlySpan<int> firstPass, Span<int> labels)
    {
        Span<float> scores = stackalloc float[weights.ClassCount];
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        for (var i = 0; i < atoms.Length; i++)
        {
            var known = dictionary.Find(atoms.Form[i]);
            if (known >= 0)
            {
                labels[i] = known;
                continue;
            }
            var previous = i > 0 ? labels[i - 1] : TaggerFeatures.StartLabel;
            var beforePrevious = i > 1 ? labels[i - 2] : TaggerFeatures.StartLabel;
            var count = TaggerFeatures.Static(atoms, i, features);
            count += TaggerFeatures.History(atoms, i, previous, beforePrevious, features[count..]);
            if (!firstPass.IsEmpty) count += TaggerFeatures.Lookahead(atoms, i, firstPass, previous, features[count..]);
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
