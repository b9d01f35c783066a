using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dateline.Nlp.Parsing;

/// <summary>
/// Scoring over a dense table of few classes. With exactly four classes a row is one 128-bit vector,
/// summed in a register so the row loads do not wait on stores to the score array; the sums are the
/// same, class by class and in feature order, as adding the rows one after the other.
/// </summary>
internal static class ParserDenseScoring
{
    /// <summary>Adds the row of each feature's bucket to <paramref name="scores"/>.</summary>
    public static void Score(float[] dense, int classes, int bits, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (classes == Vector128<float>.Count && Vector128.IsHardwareAccelerated)
        {
            ScoreFour(dense, bits, features, scores);
            return;
        }
        foreach (var f in features)
        {
            var row = ParserRowMath.Bucket(f, bits) * classes;
            for (var c = 0; c < classes; c++)
            {
                scores[c] += dense[row + c];
            }
        }
    }

    private static void ScoreFour(float[] dense, int bits, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(dense);
        var limit = dense.Length - Vector128<float>.Count;
        var sum = Vector128.Create(scores[..Vector128<float>.Count]);
        foreach (var f in features)
        {
            var row = ParserRowMath.Bucket(f, bits) * Vector128<float>.Count;
            if ((uint)row > (uint)limit) throw new IndexOutOfRangeException();
            sum += Vector128.LoadUnsafe(ref Unsafe.Add(ref table, row));
        }
        sum.CopyTo(scores);
    }
}
