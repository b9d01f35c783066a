namespace Dateline.Nlp.Entities;

/// <summary>64-bit FNV-1a hashing of characters and mixing of feature parts, so features never build strings.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of the characters as written.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }
        return hash;
    }

    /// <summary>Hash of the characters lower-cased (invariant culture).</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        }
        return hash;
    }

    /// <summary>Combines a template number with one value hash.</summary>
    public static ulong Mix(int template, ulong value) => Finish(((ulong)template * 0x9E3779B97F4A7C15UL) ^ value);

    /// <summary>Combines a template number with two value hashes.</summary>
    public static ulong Mix(int template, ulong first, ulong second) =>
        Finish(Mix(template, first) ^ (second * 0xC2B2AE3D27D4EB4FUL));

    private static ulong Finish(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB93FE1F74B53UL;
        return x ^ (x >> 33);
    }
}
