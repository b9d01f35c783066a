using System.Runtime.CompilerServices;
using Dateline.Nlp.Learning;

namespace Dateline.Nlp.Tagging;

/// <summary>
/// The feature templates of the tagger. Static features depend only on the words (±2 around the
/// token); history features also look at the labels already chosen on the left. Each feature is a
/// 64-bit hash of its template number and the atoms it reads; no strings are built.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Upper bound on the static features of one token.</summary>
    public const int MaxStatic = 40;

    /// <summary>Upper bound on the history features of one token.</summary>
    public const int MaxHistory = 8;

    /// <summary>Upper bound on the look-ahead features of one token (second pass only).</summary>
    public const int MaxLookahead = 8;

    /// <summary>Room for every feature of one token.</summary>
    public const int MaxFeatures = MaxStatic + MaxHistory + MaxLookahead;

    /// <summary>The label id used for positions before the sentence start.</summary>
    public const int StartLabel = -1;

    /// <summary>Writes the static features of token <paramref name="i"/> and returns how many were written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Static(SentenceAtoms a, int i, Span<ulong> output)
    {
        var n = 0;
        var flags = (ulong)a.Flags[i];
        var initial = i == 0 ? 1UL : 0UL;
        output[n++] = PerceptronFeatureHash.Combine(1, 0);
        output[n++] = PerceptronFeatureHash.Combine(2, a.Form[i]);
        output[n++] = PerceptronFeatureHash.Combine(3, a.Lower[i]);
        for (var k = 1; k <= SentenceAtoms.MaxAffix; k++)
        {
            output[n++] = PerceptronFeatureHash.Combine(3 + k, a.Suffix[i * SentenceAtoms.MaxAffix + k - 1]);
        }
        for (var k = 1; k < SentenceAtoms.MaxAffix; k++)
        {
            output[n++] = PerceptronFeatureHash.Combine(7 + k, a.Prefix[i * SentenceAtoms.MaxAffix + k - 1]);
        }
        output[n++] = PerceptronFeatureHash.Combine(11, a.Shape[i]);
        output[n++] = PerceptronFeatureHash.Combine(12, flags, initial);
        output[n++] = PerceptronFeatureHash.Combine(13, a.LowerAt(i - 1));
        output[n++] = PerceptronFeatureHash.Combine(14, a.LowerAt(i + 1));
        output[n++] = PerceptronFeatureHash.Combine(15, a.LowerAt(i - 2));
        output[n++] = PerceptronFeatureHash.Combine(16, a.LowerAt(i + 2));
        output[n++] = PerceptronFeatureHash.Combine(17, a.SuffixAt(i - 1, 3));
        output[n++] = PerceptronFeatureHash.Combine(18, a.SuffixAt(i + 1, 3));
        output[n++] = PerceptronFeatureHash.Combine(19, a.ShapeAt(i - 1));
        output[n++] = PerceptronFeatureHash.Combine(20, a.ShapeAt(i + 1));
        output[n++] = PerceptronFeatureHash.Combine(21, a.LowerAt(i - 1), a.Lower[i]);
        output[n++] = PerceptronFeatureHash.Combine(22, a.Lower[i], a.LowerAt(i + 1));
        output[n++] = PerceptronFeatureHash.Combine(23, a.LowerAt(i - 1), a.LowerAt(i + 1));
        output[n++] = PerceptronFeatureHash.Combine(24, a.Shape[i], initial);
        output[n++] = PerceptronFeatureHash.Combine(25, a.SuffixAt(i + 1, 2), a.SuffixAt(i + 2, 2));
        output[n++] = PerceptronFeatureHash.Combine(26, a.LowerAt(i + 1), a.LowerAt(i + 2));
        output[n++] = PerceptronFeatureHash.Combine(27, a.LowerAt(i - 2), a.LowerAt(i - 1));
        output[n++] = PerceptronFeatureHash.Combine(28, a.Ambiguity[i]);
        output[n++] = PerceptronFeatureHash.Combine(29, a.AmbiguityAt(i + 1));
        output[n++] = PerceptronFeatureHash.Combine(30, a.AmbiguityAt(i + 2));
        output[n++] = PerceptronFeatureHash.Combine(31, a.Ambiguity[i], a.AmbiguityAt(i + 1));
        output[n++] = PerceptronFeatureHash.Combine(32, a.AmbiguityAt(i - 1), a.Ambiguity[i]);
        output[n++] = PerceptronFeatureHash.Combine(33, a.Ambiguity[i], a.Suffix[i * SentenceAtoms.MaxAffix + 2]);
        return n;
    }

    /// <summary>
    /// Writes the history features of token <paramref name="i"/> given the labels of the two tokens on
    /// its left (<see cref="StartLabel"/> before the sentence) and returns how many were written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int History(SentenceAtoms a, int i, int previous, int beforePrevious, Span<ulong> output)
    {
        var p1 = (ulong)(previous + 2);
        var p2 = (ulong)(beforePrevious + 2);
        var n = 0;
        output[n++] = PerceptronFeatureHash.Combine(40, p1);
        output[n++] = PerceptronFeatureHash.Combine(41, p2, p1);
        output[n++] = PerceptronFeatureHash.Combine(42, p1, a.Lower[i]);
        output[n++] = PerceptronFeatureHash.Combine(43, p2);
        output[n++] = PerceptronFeatureHash.Combine(44, p1, a.Suffix[i * SentenceAtoms.MaxAffix + 2]);
        output[n++] = PerceptronFeatureHash.Combine(45, p1, a.LowerAt(i + 1));
        output[n++] = PerceptronFeatureHash.Combine(46, p1, a.Ambiguity[i]);
        output[n++] = PerceptronFeatureHash.Combine(47, p1, a.AmbiguityAt(i + 1));
        return n;
    }

    /// <summary>
    /// Writes the second-pass features of token <paramref name="i"/>: the first pass's labels of the two
    /// tokens on its right (<see cref="StartLabel"/> after the sentence end), alone and with the left label.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Lookahead(SentenceAtoms a, int i, ReadOnlySpan<int> firstPass, int previous, Span<ulong> output)
    {
        var n1 = (ulong)((i + 1 < firstPass.Length ? firstPass[i + 1] : StartLabel) + 2);
        var n2 = (ulong)((i + 2 < firstPass.Length ? firstPass[i + 2] : StartLabel) + 2);
        var p1 = (ulong)(previous + 2);
        var n = 0;
        output[n++] = PerceptronFeatureHash.Combine(50, n1);
        output[n++] = PerceptronFeatureHash.Combine(51, n1, n2);
        output[n++] = PerceptronFeatureHash.Combine(52, p1, n1);
        output[n++] = PerceptronFeatureHash.Combine(53, n1, a.Lower[i]);
        output[n++] = PerceptronFeatureHash.Combine(54, n1, a.Suffix[i * SentenceAtoms.MaxAffix + 2]);
        output[n++] = PerceptronFeatureHash.Combine(55, (ulong)(firstPass[i] + 2));
        output[n++] = PerceptronFeatureHash.Combine(56, (ulong)(firstPass[i] + 2), n1);
        return n;
    }
}
