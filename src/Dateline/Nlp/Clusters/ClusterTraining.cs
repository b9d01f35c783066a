namespace Dateline.Nlp.Clusters;

/// <summary>Trains the word-cluster table (<c>models/clusters.bin</c>) from the raw text of the shared data folder.</summary>
public static class ClusterTraining
{
    /// <summary>The model file name.</summary>
    public static string FileName => WordClusters.FileName;

    /// <summary>Clusters the text of <see cref="ClusterCorpus"/> and writes the table to <paramref name="output"/>; returns the number of words kept.</summary>
    /// <param name="dataDirectory">The shared data folder.</param>
    /// <param name="output">Where the table goes.</param>
    /// <param name="coarse">Number of coarse classes.</param>
    /// <param name="fine">Number of fine classes.</param>
    /// <param name="minCount">Words seen fewer times are left out.</param>
    /// <param name="maxPasses">Upper bound on the exchange passes per clustering.</param>
    /// <param name="log">Hears progress lines.</param>
    /// <exception cref="ArgumentOutOfRangeException">A class count is below 2 or above 65,535, or <paramref name="minCount"/> is below 1.</exception>
    public static int Train(string dataDirectory, Stream output, int coarse, int fine, int minCount, int maxPasses, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(coarse, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(fine, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(coarse, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fine, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        var clusters = WordClusters.Train(ClusterCorpus.Sentences(dataDirectory), coarse, fine, minCount, maxPasses, log);
        clusters.Write(output);
        return clusters.Count;
    }
}
