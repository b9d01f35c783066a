using System.IO.Compression;
using System.Text;
using Dateline.Models;
using Dateline.Nlp.Entities;

namespace Dateline.Nlp.Clusters;

/// <summary>
/// Word classes learned from raw text (<see cref="ExchangeClustering"/>), at two granularities: a coarse class and
/// a fine class per word form (case kept). Looked up by the <see cref="FeatureHash.Of"/> hash of the form so a
/// feature extractor needs no string. Stored as <c>models/clusters.bin</c>: the magic <c>DLCLU</c>, a version, the
/// two class counts, then each word with its two classes, Deflate-compressed.
/// </summary>
internal sealed class WordClusters
{
    /// <summary>File name in the models folder.</summary>
    public const string FileName = "clusters.bin";

    private const string Magic = "DLCLU";
    private const int Version = 1;

    private readonly Dictionary<ulong, int> _packed;
    private readonly string[] _words;
    private readonly ushort[] _coarse;
    private readonly ushort[] _fine;

    /// <summary>Creates the table from words and their coarse and fine classes.</summary>
    public WordClusters(string[] words, ushort[] coarse, ushort[] fine, int coarseCount, int fineCount)
    {
        _words = words;
        _coarse = coarse;
        _fine = fine;
        CoarseCount = coarseCount;
        FineCount = fineCount;
        _packed = new Dictionary<ulong, int>(words.Length);
        for (var i = 0; i < words.Length; i++) _packed[FeatureHash.Of(words[i])] = (coarse[i] << 16) | fine[i];
    }

    /// <summary>A table without words: every lookup misses.</summary>
    public static WordClusters Empty { get; } = new([], [], [], 0, 0);

    /// <summary>Number of coarse classes.</summary>
    public int CoarseCount { get; }

    /// <summary>Number of fine classes.</summary>
    public int FineCount { get; }

    /// <summary>Number of words.</summary>
    public int Count => _words.Length;

    /// <summary>Coarse class in the high 16 bits and fine class in the low 16, or -1 for a word not in the table.</summary>
    public int Lookup(ulong exactHash) => _packed.TryGetValue(exactHash, out var packed) ? packed : -1;

    /// <summary>The embedded table, or <see cref="Empty"/> when the models carry none.</summary>
    public static WordClusters Load(ModelRepository models)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (!models.Contains(FileName)) return Empty;
        using var stream = models.Open(FileName);
        return Read(stream, FileName);
    }

    /// <summary>Writes the table.</summary>
    public void Write(Stream output)
    {
        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Version);
        writer.Write(CoarseCount);
        writer.Write(FineCount);
        writer.Write(_words.Length);
        for (var i = 0; i < _words.Length; i++)
        {
            writer.Write(_words[i]);
            writer.Write(_coarse[i]);
            writer.Write(_fine[i]);
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">Not a cluster file of this version; the message names <paramref name="name"/>.</exception>
    public static WordClusters Read(Stream input, string name)
    {
        using var deflate = new DeflateStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(deflate, Encoding.UTF8, leaveOpen: true);
        var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
        if (magic != Magic) throw new InvalidDataException($"E211: '{name}' is not a Dateline cluster file (magic '{magic}').");
        var version = reader.ReadInt32();
        if (version != Version) throw new InvalidDataException($"E212: '{name}' has cluster file version {version}; this build reads version {Version}.");
        var coarseCount = reader.ReadInt32();
        var fineCount = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (count < 0 || coarseCount < 0 || fineCount < 0) throw new InvalidDataException($"E213: '{name}' has a corrupt header.");
        var words = new string[count];
        var coarse = new ushort[count];
        var fine = new ushort[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = reader.ReadString();
            coarse[i] = reader.ReadUInt16();
            fine[i] = reader.ReadUInt16();
        }
        return new WordClusters(words, coarse, fine, coarseCount, fineCount);
    }

    /// <summary>Clusters the sentences at both granularities; words seen fewer than <paramref name="minCount"/> times are left out.</summary>
    public static WordClusters Train(IEnumerable<IReadOnlyList<string>> sentences, int coarseCount, int fineCount, int minCount, int maxPasses, Action<string>? log = null)
    {
        var bigrams = BigramTable.Build(sentences, minCount);
        log?.Invoke($"{bigrams.WordCount} words, {bigrams.TotalTokens} tokens");
        var coarse = Cluster(bigrams, coarseCount, maxPasses, log);
        var fine = Cluster(bigrams, fineCount, maxPasses, log);
        var words = new List<string>();
        var coarseOut = new List<ushort>();
        var fineOut = new List<ushort>();
        for (var w = 0; w < bigrams.WordCount; w++)
        {
            var word = bigrams.Words[w];
            if (word is BigramTable.Rare or BigramTable.Boundary) continue;
            words.Add(word);
            coarseOut.Add((ushort)coarse[w]);
            fineOut.Add((ushort)fine[w]);
        }
        return new WordClusters([.. words], [.. coarseOut], [.. fineOut], coarseCount, fineCount);
    }

    /// <summary>The words of one class, for inspection.</summary>
    public IEnumerable<string> WordsOf(int fineClass)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            if (_fine[i] == fineClass) yield return _words[i];
        }
    }

    private static IReadOnlyList<int> Cluster(BigramTable bigrams, int classes, int maxPasses, Action<string>? log)
    {
        var clustering = new ExchangeClustering(bigrams, classes);
        clustering.Run(maxPasses, 0.001, (pass, moved) => log?.Invoke($"{classes} classes, pass {pass}: {moved} words moved"));
        return clustering.Classes;
    }
}
