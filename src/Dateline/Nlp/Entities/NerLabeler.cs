using System.Numerics;

namespace Dateline.Nlp.Entities;

/// <summary>
/// The named-entity sequence labeler: scores each token's features against the model's weights and
/// decodes the best valid BILOU sequence. Immutable and safe to share; callers pass their own <see cref="FeatureBuffer"/>.
/// </summary>
internal sealed class NerLabeler
{
    private const int L = BilouScheme.LabelCount;
    private const int Stride = 16;
    private readonly NerModel _model;
    private readonly Dictionary<ulong, int> _index;
    private readonly float[] _padded;
    private readonly NerFeatureExtractor _extractor;

    /// <summary>Creates a labeler from model data and the gazetteer (and word classes, if any) its features were trained with.</summary>
    public NerLabeler(NerModel model, Gazetteer gazetteer, Clusters.WordClusters? clusters = null)
    {
        _model = model;
        _extractor = new NerFeatureExtractor(gazetteer, model.Lexicon, clusters);
        _index = new Dictionary<ulong, int>(model.FeatureKeys.Length);
        for (var i = 0; i < model.FeatureKeys.Length; i++) _index[model.FeatureKeys[i]] = i;
        _padded = new float[model.FeatureKeys.Length * Stride];
        for (var i = 0; i < model.FeatureKeys.Length; i++)
        {
            model.Weights.AsSpan(i * L, L).CopyTo(_padded.AsSpan(i * Stride, L));
        }
    }

    /// <summary>The feature extractor (and through it the gazetteer) this labeler uses.</summary>
    public NerFeatureExtractor Extractor => _extractor;

    /// <summary>Labels the sentence; the labels are left in <see cref="FeatureBuffer.Labels"/>.</summary>
    public void Label(in SentenceText sentence, FeatureBuffer buffer)
    {
        var n = sentence.Count;
        if (n == 0) return;
        _extractor.Extract(sentence, buffer);
        var scores = buffer.Scores.AsSpan(0, n * L);
        Span<float> row = stackalloc float[Stride];
        for (var i = 0; i < n; i++)
        {
            ScoreToken(buffer.Keys.AsSpan(i * FeatureBuffer.MaxPerToken, buffer.Counts[i]), row);
            row[..L].CopyTo(scores.Slice(i * L, L));
        }
        ViterbiDecoder.Decode(scores, buffer.Backpointers, _model.Transitions, n, buffer.Labels);
    }

    /// <summary>Sums the weights of the known features into <paramref name="row"/> (16 lanes; the last three stay unused).</summary>
    private void ScoreToken(ReadOnlySpan<ulong> keys, Span<float> row)
    {
        row.Clear();
        var sum = Vector<float>.Zero;
        var sum2 = Vector<float>.Zero;
        var wide = Vector<float>.Count;
        foreach (var key in keys)
        {
            if (!_index.TryGetValue(key, out var feature)) continue;
            var w = _padded.AsSpan(feature * Stride, Stride);
            if (wide == 16)
            {
                sum += new Vector<float>(w);
            }
            else if (wide == 8)
            {
                sum += new Vector<float>(w);
                sum2 += new Vector<float>(w[8..]);
            }
            else
            {
                for (var l = 0; l < L; l++) row[l] += w[l];
            }
        }
        if (wide == 16) sum.CopyTo(row);
        else if (wide == 8)
        {
            sum.CopyTo(row);
            sum2.CopyTo(row[8..]);
        }
    }

    /// <summary>
    /// Labels the sentence and returns its names (model types only), corrected by <see cref="GazetteerOverride"/>;
    /// a one-word name that is a nationality word is dropped, as it is a Group mention.
    /// </summary>
    public List<NamedSpan> Predict(in SentenceText sentence, FeatureBuffer buffer)
    {
        if (sentence.Count == 0) return [];
        Label(sentence, buffer);
        var names = BilouScheme.Decode(buffer.Labels.AsSpan(0, sentence.Count));
        GazetteerOverride.Apply(_extractor.Gazetteer, buffer, sentence.Count, names);
        GroupMentionFinder.RemoveGroupWords(sentence, names, _extractor.Gazetteer);
        MentionTrimmer.TrimTitles(sentence, names, _extractor.Gazetteer);
        return names;
    }
}
