namespace Dateline.Storage.Dedup;

/// <summary>
/// A MinHash signature of a text's word shingles: <see cref="MinHasher.Size"/> minimum hash values whose
/// agreement rate estimates the Jaccard similarity of two texts' shingle sets.
/// </summary>
/// <param name="Values">The minima, one per hash function.</param>
public sealed record MinHashSignature(ulong[] Values)
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

    /// <summary>The signature as bytes (little-endian), for storage.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Values.Length * 8];
        for (var i = 0; i < Values.Length; i++) BitConverter.TryWriteBytes(bytes.AsSpan(i * 8), Values[i]);
        return bytes;
    }

    /// <summary>Reads a signature written by <see cref="ToBytes"/>.</summary>
    public static MinHashSignature FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var values = new ulong[bytes.Length / 8];
        for (var i = 0; i < values.Length; i++) values[i] = BitConverter.ToUInt64(bytes, i * 8);
        return new MinHashSignature(values);
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
