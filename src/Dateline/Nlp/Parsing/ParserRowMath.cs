using System.Numerics;
using System.Runtime.InteropServices;

namespace Dateline.Nlp.Parsing;

/// <summary>Vectorized row addition shared by the weight tables.</summary>
internal static class ParserRowMath
{
    /// <summary>Adds <paramref name="row"/> to <paramref name="scores"/> element-wise.</summary>
    public static void Add(Span<float> scores, ReadOnlySpan<float> row)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && row.Length >= Vector<float>.Count)
        {
            var vs = MemoryMarshal.Cast<float, Vector<float>>(scores);
            var vr = MemoryMarshal.Cast<float, Vector<float>>(row);
            for (var v = 0; v < vr.Length; v++)
            {
                vs[v] += vr[v];
            }
            i = vr.Length * Vector<float>.Count;
        }
        for (; i < row.Length; i++)
        {
            scores[i] += row[i];
        }
    }

    /// <summary>The bucket of a feature hash in a table of 2^<paramref name="bits"/> rows.</summary>
    public static int Bucket(ulong feature, int bits) => (int)(feature >> (64 - bits));
}
