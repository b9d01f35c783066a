using BenchmarkDotNet.Attributes;
using Dateline.Corpora;
using Dateline.Documents;
using Dateline.Extraction.Quantities;

namespace Dateline.Benchmarks;

/// <summary>
/// Cost of the quantity stage against the whole default pipeline, on the reference article
/// (<c>../shared/samples/000_3f35dfa55a5d8b29.txt</c>):
/// <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*QuantityBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class QuantityBenchmarks
{
    private readonly AnalysisPipelineHolder _pipeline = new();
    private string _text = "";
    private Document _tagged = new("");

    /// <summary>Reads the reference article and runs the stages before the quantity stage once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = SharedData.Locate() ?? throw new InvalidOperationException("../shared/data not found; set DATELINE_SHARED_DATA.");
        _text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(data)!, "samples", "000_3f35dfa55a5d8b29.txt"));
        _tagged = new Document(_text);
        foreach (var stage in _pipeline.Pipeline.Stages)
        {
            if (stage is QuantityStage) break;
            stage.Process(_tagged, CancellationToken.None);
        }
    }

    /// <summary>The quantity extractor alone, on a tokenized and tagged document.</summary>
    [Benchmark]
    public int Quantities() => QuantityExtractor.Extract(_tagged).Count;

    /// <summary>The whole default pipeline, quantities included.</summary>
    [Benchmark(Baseline = true)]
    public int EndToEnd()
    {
        var document = new Document(_text);
        _pipeline.Pipeline.Process(document, CancellationToken.None);
        return document.Get(QuantityLayers.Quantities).Count;
    }

    /// <summary>Builds the default pipeline once per benchmark class instance.</summary>
    private sealed class AnalysisPipelineHolder
    {
        public Pipeline.AnalysisPipeline Pipeline { get; } = DefaultPipeline.Create();
    }
}
