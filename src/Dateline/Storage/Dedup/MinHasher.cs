namespace Dateline.Storage.Dedup;

/// <summary>
/// MinHash over word 5-shingles (lower-cased letters and digits; punctuation and case ignored), with
/// 120 hash functions cut into 60 LSH bands of 2 rows. A pair with Jaccard similarity s becomes a candidate
/// with probability 1 - (1 - s^2)^60: 0.996 at s = 0.3, 0.70 at s = 0.14, 0.024 at s = 0.02. Candidates are then
/// compared on the whole signature: the estimated containment (<see cref="MinHashSignature.Containment"/>) must
/// reach <see cref="SyndicationThreshold"/> (docs/QUALITY.md has the figures). The store
/// indexes only the first article of each story in the bands, so a copy joins the story of the original it resembles.
/// </summary>
public static class MinHasher
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 5;

    /// <summary>LSH bands.</summary>
    public const int Bands = 60;

    /// <summary>Signature values per band.</summary>
    public const int Rows = 2;

    /// <summary>Signature length.</summary>
    public const int Size = Bands * Rows;

    /// <summary>Estimated containment at or above which two articles are copies of one story.</summary>
    public const double SyndicationThreshold = 0.6;

    private static readonly ulong[] Seeds = CreateSeeds();

    /// <summary>The signature of <paramref name="text"/>, or null when it has fewer than <see cref="ShingleWords"/> words.</summary>
    public static MinHashSignature? Signature(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordHashes(text);
        if (words.Count < ShingleWords) return null;
        var minima = new ulong[Size];
        var shingles = words.Count - ShingleWords + 1;
        Array.Fill(minima, ulong.MaxValue);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var shingle = 0x9e3779b97f4a7c15UL;
            for (var j = 0; j < ShingleWords; j++) shingle = Mix(shingle ^ words[i + j]);
            for (var k = 0; k < Size; k++)
            {
                var value = Mix(shingle ^ Seeds[k]);
                if (value < minima[k]) minima[k] = value;
            }
        }
        return new MinHashSignature(minima, shingles);
    }

    /// <summary>A 64-bit finalizer (splitmix64's): spreads every input bit over the output.</summary>
    internal static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }

    private static List<ulong> WordHashes(string text)
    {
        var hashes = new List<ulong>(text.Length / 5);
        var h = 0xcbf29ce484222325UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = (h ^ char.ToLowerInvariant(c)) * 0x100000001b3UL;
                inWord = true;
                continue;
            }
            if (c is '\'' or '\u2019' or '-' && inWord) continue;
            if (inWord) hashes.Add(Mix(h));
            h = 0xcbf29ce484222325UL;
            inWord = false;
        }
        if (inWord) hashes.Add(Mix(h));
        return hashes;
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[Size];
        var state = 0x5eed_da7e_11e0_0001UL;
        for (var i = 0; i < Size; i++)
        {
            state += 0x9e3779b97f4a7c15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }
}
