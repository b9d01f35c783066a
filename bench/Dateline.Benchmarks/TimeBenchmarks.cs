using BenchmarkDotNet.Attributes;
using Dateline.Corpora;
using Dateline.Documents;
using Dateline.Extraction.Times;
using Dateline.Text;

namespace Dateline.Benchmarks;

/// <summary>
/// Cost of the times stage on the reference article (../shared/samples), against segmenting and tagging it:
/// <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*TimeBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    private static readonly DateTimeOffset Published = new(2022, 2, 15, 0, 0, 0, TimeSpan.Zero);
    private readonly SegmenterStage _segmenter = new();
    private readonly Nlp.Tagging.TaggerStage _tagger = new(Models.ModelRepository.Embedded);
    private readonly TimeExpressionStage _times = new();
    private readonly TimeRecognizer _recognizer = new(new TimeOptions());
    private string _text = "";
    private IReadOnlyList<Token> _tokens = [];
    private IReadOnlyList<Sentence> _sentences = [];

    /// <summary>Reads and segments the reference article once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = SharedData.Locate(Directory.GetCurrentDirectory()) ?? SharedData.Locate()
            ?? throw new InvalidOperationException("../shared/data not found; set DATELINE_SHARED_DATA.");
        _text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(data)!, "samples", "000_3f35dfa55a5d8b29.txt"));
        var document = Segment();
        _tokens = document.Get(Layers.Tokens);
        _sentences = document.Get(Layers.Sentences);
    }

    private Document Segment()
    {
        var document = new Document(_text, new ArticleMetadata { Published = Published });
        _segmenter.Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>The pipeline before the times stage: segmenter and tagger.</summary>
    [Benchmark(Baseline = true)]
    public Document SegmentAndTag()
    {
        var document = Segment();
        _tagger.Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>Segmenter, tagger, then the times stage.</summary>
    [Benchmark]
    public Document SegmentTagAndTimes()
    {
        var document = SegmentAndTag();
        _times.Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>The time recognizer alone on the segmented text.</summary>
    [Benchmark]
    public int TimesOnly() =>
        _recognizer.Recognize(_text, _tokens, _sentences, null, new DateOnly(2022, 2, 15)).Count;
}
