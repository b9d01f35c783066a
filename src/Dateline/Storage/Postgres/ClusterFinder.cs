using Dateline.Storage.Dedup;

namespace Dateline.Storage.Postgres;

/// <summary>
/// Finds the story cluster of each new article of a batch without a query per article: it holds the founding
/// articles already stored that share a band key with any article of the batch (read in one query), and the
/// batch's own founders as they are decided. The decision is the SQLite writer's: the most similar founder at or
/// above <see cref="MinHasher.SyndicationThreshold"/>, candidates taken in id order, a later one winning a tie.
/// </summary>
internal sealed class ClusterFinder
{
    private readonly Dictionary<(long Band, long Bucket), List<Founder>> _byKey = [];

    /// <summary>A stored candidate: a founding article sharing the band key.</summary>
    public void AddStored(long band, long bucket, long id, long? cluster, byte[]? minhash)
    {
        if (minhash is null) return;
        Add((band, bucket), new Founder(id, cluster ?? id, MinHashSignature.FromBytes(minhash)));
    }

    /// <summary>A new article of the batch that founds its own story; later articles of the batch are compared with it.</summary>
    public void AddFounder(long id, MinHashSignature? signature)
    {
        if (signature is null) return;
        var keys = signature.BandKeys();
        var founder = new Founder(id, id, signature);
        for (var band = 0; band < keys.Length; band++) Add((band, keys[band]), founder);
    }

    /// <summary>The cluster of the most similar founder at or above the threshold, or null (a new story).</summary>
    public long? Find(MinHashSignature? signature)
    {
        if (signature is null) return null;
        var keys = signature.BandKeys();
        var candidates = new Dictionary<long, Founder>();
        for (var band = 0; band < keys.Length; band++)
        {
            if (!_byKey.TryGetValue((band, keys[band]), out var founders)) continue;
            foreach (var founder in founders) candidates.TryAdd(founder.Id, founder);
        }
        long? best = null;
        var bestSimilarity = MinHasher.SyndicationThreshold;
        foreach (var founder in candidates.Values.OrderBy(f => f.Id))
        {
            var similarity = signature.Containment(founder.Signature);
            if (similarity < bestSimilarity) continue;
            bestSimilarity = similarity;
            best = founder.Cluster;
        }
        return best;
    }

    private void Add((long, long) key, Founder founder)
    {
        if (!_byKey.TryGetValue(key, out var founders)) _byKey.Add(key, founders = []);
        founders.Add(founder);
    }

    private sealed record Founder(long Id, long Cluster, MinHashSignature Signature);
}
