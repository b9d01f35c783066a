using BenchmarkDotNet.Attributes;
using Dateline.Corpora;
using Dateline.Documents;
using Dateline.Extraction.Claims;
using Dateline.Extraction.Quotes;
using Dateline.Extraction.Times;
using Dateline.Text;

namespace Dateline.Benchmarks;

/// <summary>
/// Cost of the quote and claim stages against the whole default pipeline, on the raw text of the GUM documents
/// rebuilt from ../shared/data (the end-to-end corpus, one copy):
/// <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*QuoteBenchmarks*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private readonly Pipeline.AnalysisPipeline _pipeline = DefaultPipeline.Create();
    private List<string> _texts = [];
    private List<Document> _analyzed = [];
    private List<IReadOnlyList<Quote>> _quotes = [];

    /// <summary>Rebuilds the texts and runs every stage before the quote stage once on each.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = SharedData.Locate(Directory.GetCurrentDirectory()) ?? SharedData.Locate()
            ?? throw new DirectoryNotFoundException("../shared/data not found; set DATELINE_SHARED_DATA.");
        _texts = [.. Directory.GetFiles(Path.Combine(data, "gum"), "*.conllu").Order(StringComparer.Ordinal)
            .SelectMany(file => TreebankTextBuilder.Build(ConlluReader.ReadFile(file))).Select(d => d.Text)];
        var published = new ArticleMetadata { Published = new DateTimeOffset(2022, 2, 15, 0, 0, 0, TimeSpan.Zero) };
        _analyzed = [];
        _quotes = [];
        foreach (var text in _texts)
        {
            var document = new Document(text, published);
            foreach (var stage in _pipeline.Stages)
            {
                if (stage is QuoteStage) break;
                stage.Process(document, CancellationToken.None);
            }
            _analyzed.Add(document);
            _quotes.Add(QuoteFinder.Find(QuoteDocument.Of(document)));
        }
    }

    /// <summary>The quote finder on every analyzed document.</summary>
    [Benchmark]
    public int Quotes()
    {
        var count = 0;
        foreach (var document in _analyzed) count += QuoteFinder.Find(QuoteDocument.Of(document)).Count;
        return count;
    }

    /// <summary>The claim finder on every analyzed document, its quotes found beforehand.</summary>
    [Benchmark]
    public int Claims()
    {
        var count = 0;
        for (var i = 0; i < _analyzed.Count; i++)
        {
            var document = _analyzed[i];
            count += new ClaimFinder(QuoteDocument.Of(document), _quotes[i], document.Get(TimeLayers.Times)).Find().Count;
        }
        return count;
    }

    /// <summary>The whole default pipeline, quotes and claims included, on every text.</summary>
    [Benchmark(Baseline = true)]
    public int EndToEnd()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            var document = new Document(text);
            _pipeline.Process(document, CancellationToken.None);
            count += document.Get(QuoteLayers.Quotes).Count;
        }
        return count;
    }
}
