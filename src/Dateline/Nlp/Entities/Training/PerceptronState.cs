namespace Dateline.Nlp.Entities.Training;

/// <summary>
/// Current and accumulated weights of the averaged perceptron. The average is computed with the usual
/// trick: each update of size <c>d</c> at step <c>c</c> also adds <c>c * d</c> to an accumulator, and the
/// averaged weight is <c>w - acc / c</c>.
/// </summary>
internal sealed class PerceptronState
{
    private const int L = BilouScheme.LabelCount;
    private readonly float[] _weights;
    private readonly double[] _accumulated;
    private readonly float[] _transitions = new float[L * L];
    private readonly double[] _accumulatedTransitions = new double[L * L];
    private long _step = 1;

    /// <summary>Creates zero weights for <paramref name="featureCount"/> features.</summary>
    public PerceptronState(int featureCount)
    {
        _weights = new float[featureCount * L];
        _accumulated = new double[featureCount * L];
    }

    /// <summary>Decodes one sentence and updates the weights where the prediction is wrong.</summary>
    public void Learn(IndexedSentence sentence, FeatureBuffer buffer)
    {
        var n = sentence.Length;
        buffer.EnsureCapacity(n);
        var scores = buffer.Scores.AsSpan(0, n * L);
        scores.Clear();
        for (var i = 0; i < n; i++)
        {
            var row = scores.Slice(i * L, L);
            for (var j = sentence.Offsets[i]; j < sentence.Offsets[i + 1]; j++)
            {
                var w = _weights.AsSpan(sentence.Features[j] * L, L);
                for (var l = 0; l < L; l++) row[l] += w[l];
            }
        }
        var predicted = buffer.Labels.AsSpan(0, n);
        ViterbiDecoder.Decode(scores, buffer.Backpointers, _transitions, n, predicted);
        var gold = sentence.Gold;
        for (var i = 0; i < n; i++)
        {
            if (gold[i] != predicted[i])
            {
                for (var j = sentence.Offsets[i]; j < sentence.Offsets[i + 1]; j++)
                {
                    Update(_weights, _accumulated, sentence.Features[j] * L + gold[i], 1);
                    Update(_weights, _accumulated, sentence.Features[j] * L + predicted[i], -1);
                }
            }
            if (i > 0 && (gold[i] != predicted[i] || gold[i - 1] != predicted[i - 1]))
            {
                Update(_transitions, _accumulatedTransitions, gold[i - 1] * L + gold[i], 1);
                Update(_transitions, _accumulatedTransitions, predicted[i - 1] * L + predicted[i], -1);
            }
        }
        _step++;
    }

    /// <summary>The averaged weights as model data.</summary>
    public NerModel Averaged(IReadOnlyList<ulong> keys, WordLexicon lexicon)
    {
        var weights = new float[_weights.Length];
        for (var i = 0; i < weights.Length; i++) weights[i] = (float)(_weights[i] - _accumulated[i] / _step);
        var transitions = new float[_transitions.Length];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = (float)(_transitions[i] - _accumulatedTransitions[i] / _step);
        return new NerModel([.. keys], weights, transitions, lexicon);
    }

    private void Update(float[] weights, double[] accumulated, int index, int delta)
    {
        weights[index] += delta;
        accumulated[index] += (double)_step * delta;
    }
}
