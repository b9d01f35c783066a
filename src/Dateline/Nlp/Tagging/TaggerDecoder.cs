using System.Runtime.CompilerServices;
using Dateline.Nlp.Learning;

namespace Dateline.Nlp.Tagging;

/// <summary>
/// Greedy left-to-right decoding with the trained weights (the prediction side of the tagger). With a
/// second-pass model, the first pass's labels give the second pass a view of the tokens on the right.
/// </summary>
internal readonly struct TaggerDecoder(PosTaggerModel model)
{
    /// <summary>Writes the best label of every word into <paramref name="labels"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Decode(ReadOnlySpan<ReadOnlyMemory<char>> words, Span<int> labels)
    {
        var atoms = new SentenceAtoms(words, model.Ambiguity);
        if (model.SecondPass == null)
        {
            DecodePass(atoms, model.Weights, model.TagDictionary, [], labels);
            return;
        }
        var n = words.Length;
        Span<int> known = n <= 256 ? stackalloc int[n] : new int[n];
        Span<int> first = n <= 256 ? stackalloc int[n] : new int[n];
        Span<int> slots = n <= 64 ? stackalloc int[n * TaggerFeatures.MaxStatic] : new int[n * TaggerFeatures.MaxStatic];
        var index = model.BothPasses!;
        FindStatic(atoms, index, known, slots);
        FirstPass(atoms, index, known, slots, first);
        SecondPass(atoms, index, known, slots, first, labels);
    }

    /// <summary>
    /// Looks up every dictionary word and the static features of every other word, for the whole
    /// sentence at once (independent lookups, so the memory accesses overlap); unused slots hold -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindStatic(SentenceAtoms atoms, TwoPassFeatureIndex index, Span<int> known, Span<int> slots)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxStatic];
        for (var i = 0; i < atoms.Length; i++)
        {
            var rows = slots.Slice(i * TaggerFeatures.MaxStatic, TaggerFeatures.MaxStatic);
            known[i] = model.TagDictionary.Find(atoms.Form[i]);
            if (known[i] >= 0) continue;
            var count = TaggerFeatures.Static(atoms, i, features);
            for (var k = 0; k < count; k++) rows[k] = index.Find(features[k]);
            rows[count..].Fill(-1);
        }
    }

    /// <summary>The first pass, over the static slots found beforehand.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FirstPass(SentenceAtoms atoms, TwoPassFeatureIndex index, ReadOnlySpan<int> known, ReadOnlySpan<int> slots, Span<int> labels)
    {
        Span<float> scores = stackalloc float[index.ClassCount];
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxHistory];
        for (var i = 0; i < atoms.Length; i++)
        {
            if (known[i] >= 0)
            {
                labels[i] = known[i];
                continue;
            }
            scores.Clear();
            foreach (var slot in slots.Slice(i * TaggerFeatures.MaxStatic, TaggerFeatures.MaxStatic)) index.AddFirst(slot, scores);
            var history = TaggerFeatures.History(atoms, i, i > 0 ? labels[i - 1] : TaggerFeatures.StartLabel,
                i > 1 ? labels[i - 2] : TaggerFeatures.StartLabel, features);
            foreach (var feature in features[..history]) index.AddFirstFeature(feature, scores);
            labels[i] = ArgMax(scores);
        }
    }

    /// <summary>The second pass, reusing the static slots and the first pass's labels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SecondPass(SentenceAtoms atoms, TwoPassFeatureIndex index, ReadOnlySpan<int> known, ReadOnlySpan<int> slots, ReadOnlySpan<int> firstPass, Span<int> labels)
    {
        Span<float> scores = stackalloc float[index.ClassCount];
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxHistory + TaggerFeatures.MaxLookahead];
        for (var i = 0; i < atoms.Length; i++)
        {
            if (known[i] >= 0)
            {
                labels[i] = known[i];
                continue;
            }
            scores.Clear();
            foreach (var slot in slots.Slice(i * TaggerFeatures.MaxStatic, TaggerFeatures.MaxStatic)) index.AddSecond(slot, scores);
            var previous = i > 0 ? labels[i - 1] : TaggerFeatures.StartLabel;
            var count = TaggerFeatures.History(atoms, i, previous, i > 1 ? labels[i - 2] : TaggerFeatures.StartLabel, features);
            count += TaggerFeatures.Lookahead(atoms, i, firstPass, previous, features[count..]);
            foreach (var feature in features[..count]) index.AddSecondFeature(feature, scores);
            labels[i] = ArgMax(scores);
        }
    }

    /// <summary>One greedy pass; <paramref name="firstPass"/> is empty for the first pass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
