using System.Text;
using BenchmarkDotNet.Attributes;
using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Benchmarks;

/// <summary>
/// Reading (UTF-8 decoding) plus sentence splitting and tokenizing, document by document, on the corpus of
/// <see cref="SegmentationCorpus"/>. Baseline: decoding plus <c>string.Split</c> on whitespace.
/// Run: <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*Segmentation*'</c>.
/// The job (see <see cref="ThroughputConfig"/>) is short, in process, with 15 iterations so the median holds
/// on a shared machine.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SegmentationBenchmarks
{
    private static readonly char[] Whitespace = [' ', '\n', '\t', '\r'];
    private readonly SegmenterStage _stage = new();
    private readonly SegmenterStage _rulesOnly = new(new Models.ModelRepository(Path.Combine(Path.GetTempPath(), "dateline-no-models")));
    private byte[][] _documents = [];

    /// <summary>Loads the corpus once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_documents, var source) = SegmentationCorpus.Load();
        Console.WriteLine($"// Corpus: {source}, {_documents.Length} documents, {SegmentationCorpus.TotalBytes(_documents)} bytes");
    }

    /// <summary>Decodes every document and splits it on whitespace.</summary>
    [Benchmark(Baseline = true)]
    public int DecodeAndSplitOnWhitespace()
    {
        var count = 0;
        foreach (var bytes in _documents)
        {
            count += Encoding.UTF8.GetString(bytes).Split(Whitespace, StringSplitOptions.RemoveEmptyEntries).Length;
        }
        return count;
    }

    /// <summary>Decodes every document and runs the segmenter stage on it (tokens and sentences layers).</summary>
    [Benchmark]
    public int DecodeAndSegment()
    {
        var count = 0;
        foreach (var bytes in _documents)
        {
            var document = new Document(Encoding.UTF8.GetString(bytes));
            _stage.Process(document, CancellationToken.None);
            count += document.Get(Layers.Tokens).Count;
        }
        return count;
    }

    /// <summary>The same with the rules alone (no boundary model), to show what the model costs.</summary>
    [Benchmark]
    public int DecodeAndSegmentRulesOnly()
    {
        var count = 0;
        foreach (var bytes in _documents)
        {
            var document = new Document(Encoding.UTF8.GetString(bytes));
            _rulesOnly.Process(document, CancellationToken.None);
            count += document.Get(Layers.Tokens).Count;
        }
        return count;
    }
}
