namespace Dateline.Nlp.Parsing;

/// <summary>
/// Deterministic 64-bit hashing for parser features: strings are hashed once per token, and
/// features combine those codes with integer mixing only (no strings per transition).
/// </summary>
internal static class ParserHash
{
    /// <summary>Code of a position that does not exist (empty stack slot, no child).</summary>
    public const ulong None = 0x5bd1e9955bd1e995UL;

    /// <summary>Code of the artificial root token.</summary>
    public const ulong Root = 0x27d4eb2f165667c5UL;

    private const ulong Prime = 0x100000001b3UL;
    private const ulong Offset = 0xcbf29ce484222325UL;

    /// <summary>Hashes text as it is (tags).</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }
        return Finish(h);
    }

    /// <summary>Hashes a word form lowercased, with every digit read as 0.</summary>
    public static ulong OfWord(ReadOnlySpan<char> text)
    {
        var h = Offset ^ 0x9e3779b97f4a7c15UL;
        foreach (var c in text)
        {
            var n = char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
            h = (h ^ n) * Prime;
        }
        return Finish(h);
    }

    /// <summary>Combines a template id with up to three codes.</summary>
    public static ulong Mix(ulong template, ulong a, ulong b = 0, ulong c = 0)
    {
        var h = template * 0x9e3779b97f4a7c15UL;
        h = (h ^ a) * 0xbf58476d1ce4e5b9UL;
        h = (h ^ (b + 0x632be59bd9b4e019UL)) * 0x94d049bb133111ebUL;
        h = (h ^ (c + 0x7f4a7c159e3779b9UL)) * 0xbf58476d1ce4e5b9UL;
        return Finish(h);
    }

    /// <summary>The splitmix64 finalizer: spreads every input bit over the output.</summary>
    public static ulong Finish(ulong h)
    {
        h ^= h >> 30;
        h *= 0xbf58476d1ce4e5b9UL;
        h ^= h >> 27;
        h *= 0x94d049bb133111ebUL;
        h ^= h >> 31;
        return h;
    }
}
