using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dateline.Corpora;
using Dateline.Documents;
using Dateline.Knowledge;
using Dateline.Knowledge.Gazetteer;
using Dateline.Knowledge.Linking;
using Dateline.Knowledge.Linking.Evaluation;
using Dateline.Models;
using Dateline.Pipeline;

namespace Dateline.Benchmarks;

/// <summary>
/// The linking stage alone on the 120 MEANTIME articles (gold tokens; tagger, parser, NER and places run once in
/// setup), with the built-in dictionaries. Articles per second = 120 / mean time of one operation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class LinkingBenchmarks
{
    private readonly List<Document> _documents = [];
    private EntityLinker _linker = null!;

    /// <summary>Analyzes the articles up to places and builds the linker.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = SharedData.Locate() ?? throw new InvalidOperationException("../shared/data not found; set DATELINE_SHARED_DATA.");
        var models = ModelRepository.Embedded;
        IPipelineStage[] stages =
        [
            new Nlp.Tagging.TaggerStage(models), new Nlp.Parsing.ParserStage(models), new Nlp.Entities.EntityRecognizerStage(models), new PlaceResolutionStage(),
        ];
        foreach (var path in Directory.EnumerateFiles(Path.Combine(data, "meantime", "intra-doc_annotation"), "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var gold = MeantimeEntityReader.Read(path);
            var document = new Document(gold.Text);
            document.Set(Layers.Tokens, gold.Tokens);
            document.Set(Layers.Sentences, gold.Sentences);
            foreach (var stage in stages) stage.Process(document, CancellationToken.None);
            _documents.Add(document);
        }
        _linker = new EntityLinker(new ActorResolver(BuiltInDictionaries.Load()));
    }

    /// <summary>Links every article (merging, recovery, widening, actors); the layer is computed, not set.</summary>
    [Benchmark]
    public int LinkAll()
    {
        var sum = 0;
        foreach (var document in _documents) sum += _linker.Link(document).Count;
        return sum;
    }
}
