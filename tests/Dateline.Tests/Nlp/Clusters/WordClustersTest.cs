using Dateline.Nlp.Clusters;
using Dateline.Nlp.Entities;

namespace Dateline.Tests.Nlp.Clusters;

public class WordClustersTest
{
    [Fact]
    public void ATableReadBackFindsTheSameClasses()
    {
        var table = new WordClusters(["Kyiv", "Moscow", "said"], [3, 3, 7], [30, 31, 70], 8, 80);
        using var stream = new MemoryStream();
        table.Write(stream);
        stream.Position = 0;
        var loaded = WordClusters.Read(stream, "clusters.bin");
        Assert.Equal(3, loaded.Count);
        Assert.Equal((8, 80), (loaded.CoarseCount, loaded.FineCount));
        Assert.Equal((3 << 16) | 31, loaded.Lookup(FeatureHash.Of("Moscow")));
        Assert.Equal((7 << 16) | 70, loaded.Lookup(FeatureHash.Of("said")));
    }

    [Fact]
    public void AWordNotInTheTableHasNoClassAndCaseCounts()
    {
        var table = new WordClusters(["Kyiv"], [1], [2], 2, 3);
        Assert.Equal(-1, table.Lookup(FeatureHash.Of("kyiv")));
        Assert.Equal(-1, WordClusters.Empty.Lookup(FeatureHash.Of("Kyiv")));
    }

    [Fact]
    public void AFileOfAnotherKindIsRejectedNamingIt()
    {
        using var stream = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write("NOTCLUSTERS"u8);
        }
        stream.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => WordClusters.Read(stream, "other.bin"));
        Assert.Contains("other.bin", error.Message);
    }
}
