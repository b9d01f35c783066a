namespace Dateline.Storage.Dedup;

/// <summary>
/// A MinHash signature of a text's word shingles: <see cref="MinHasher.Size"/> minimum hash values whose
/// agreement rate estimates the Jaccard similarity of two texts' shingle sets, and the number of shingles,
/// which turns that estimate into containment (how much of the shorter text is in the longer one).
/// </summary>
/// <param name="Values">The minima, one per hash function.</param>
/// <param name="ShingleCount">Distinct shingles of the text (counted with repeats when built from a text: an upper bound).</param>
public sealed record MinHashSignature(ulong[] Values, int ShingleCount)
{
    /// <summary>Estimated Jaccard similarity: the share of positions where the two signatures agree.</summary>
    public double Similarity(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var same = 0;
        for (var i = 0; i < Values.Length; i++)
        {
            if (Values[i] == other.Values[i]) same++;
        }
        return (double)same / Values.Length;
    }

    /// <summary>
    /// Estimated containment: the share of the smaller shingle set found in the larger, from the Jaccard
    /// estimate J and the set sizes (intersection = J (a + b) / (1 + J)). A wire story cut by half is
    /// contained in the original (1.0) although its Jaccard similarity is only 0.5.
    /// </summary>
    public double Containment(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var j = Similarity(other);
        var smaller = Math.Min(ShingleCount, other.ShingleCount);
        if (smaller == 0) return 0;
        return Math.Min(1, j * (ShingleCount + other.ShingleCount) / (1 + j) / smaller);
    }

    /// <summary>The signature as bytes (little-endian values, then the shingle count), for storage.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Values.Length * 8 + 4];
        for (var i = 0; i < Values.Length; i++) BitConverter.TryWriteBytes(bytes.AsSpan(i * 8), Values[i]);
        BitConverter.TryWriteBytes(bytes.AsSpan(Values.Length * 8), ShingleCount);
        return bytes;
    }

    /// <summary>Reads a signature written by <see cref="ToBytes"/>.</summary>
    public static MinHashSignature FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var values = new ulong[bytes.Length / 8];
        for (var i = 0; i < values.Length; i++) values[i] = BitConverter.ToUInt64(bytes, i * 8);
        return new MinHashSignature(values, BitConverter.ToInt32(bytes, values.Length * 8));
    }

    /// <summary>
    /// The LSH band keys: the signature cut into <see cref="MinHasher.Bands"/> bands of <see cref="MinHasher.Rows"/>
    /// values, each hashed to one number. Two texts that share any band key are candidates.
    /// </summary>
    public long[] BandKeys()
    {
        var keys = new long[MinHasher.Bands];
        for (var band = 0; band < MinHasher.Bands; band++)
        {
            var h = 0xcbf29ce484222325UL ^ (ulong)band;
            for (var row = 0; row < MinHasher.Rows; row++)
            {
                h = MinHasher.Mix(h ^ Values[band * MinHasher.Rows + row]);
            }
            keys[band] = (long)(h >> 1);
        }
        return keys;
    }
}
