using System.Runtime.CompilerServices;

namespace Dateline.Nlp.Learning;

/// <summary>
/// 64-bit feature hashing for perceptron models: a feature is a template number combined with the
/// hashes of the values it looks at, so no feature string is ever built. FNV-1a over UTF-16 code units,
/// finished with a 64-bit avalanche so that the low bits spread well in open-addressing tables.
/// </summary>
internal static class PerceptronFeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of a character sequence (not yet tied to a template).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong OfChars(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }
        return Finish(h);
    }

    /// <summary>A feature made of a template and one value.</summary>
    public static ulong Combine(int template, ulong value) =>
        Finish(((Offset ^ (ulong)template) * Prime) ^ value);

    /// <summary>A feature made of a template and two values (order matters).</summary>
    public static ulong Combine(int template, ulong first, ulong second) =>
        Finish((Combine(template, first) * Prime) ^ second);

    /// <summary>A feature made of a template and three values (order matters).</summary>
    public static ulong Combine(int template, ulong first, ulong second, ulong third) =>
        Finish((Combine(template, first, second) * Prime) ^ third);

    /// <summary>The murmur3 64-bit finalizer.</summary>
    public static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
