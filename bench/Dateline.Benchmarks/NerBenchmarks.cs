using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dateline.Corpora;
using Dateline.Documents;
using Dateline.Models;
using Dateline.Nlp.Entities;
using Dateline.Nlp.Entities.Training;

namespace Dateline.Benchmarks;

/// <summary>
/// Named-entity recognition speed on UNER EWT test (gold tokenization, 25,097 tokens) and the time to load the
/// embedded model. Tokens per second = 25,097 / mean time of one operation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class NerBenchmarks
{
    private NerLabeler _labeler = null!;
    private EntityRecognizer _recognizer = null!;
    private SentenceText[] _sentences = [];
    private Document _document = null!;
    private List<Token> _tokens = [];
    private List<Sentence> _documentSentences = [];

    /// <summary>Loads the model and the test sentences.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = SharedData.Locate() ?? throw new InvalidOperationException("../shared/data not found; set DATELINE_SHARED_DATA.");
        var examples = UnerReader.ReadFile(Path.Combine(data, "uner-english-ewt", "en_ewt-ud-test.iob2"));
        _sentences = [.. examples.Select(e => SentenceText.FromWords(e.Words))];
        _recognizer = EntityRecognizer.Load(ModelRepository.Embedded);
        _labeler = _recognizer.Labeler;
        _document = new Document(string.Join('\n', examples.Select(e => string.Join(' ', e.Words))));
        var offset = 0;
        foreach (var example in examples)
        {
            var first = _tokens.Count;
            foreach (var word in example.Words)
            {
                _tokens.Add(new Token(offset, offset + word.Length));
                offset += word.Length + 1;
            }
            _documentSentences.Add(new Sentence(_tokens[first].Start, _tokens[^1].End, first, _tokens.Count - first));
        }
        Tokens = _tokens.Count;
    }

    /// <summary>Number of tokens per operation.</summary>
    public int Tokens { get; private set; }

    /// <summary>Labels every test sentence (features, scores, Viterbi; no mention grouping).</summary>
    [Benchmark]
    public int LabelTest()
    {
        var buffer = new FeatureBuffer();
        var sum = 0;
        foreach (var sentence in _sentences)
        {
            _labeler.Label(sentence, buffer);
            sum += buffer.Labels[0];
        }
        return sum;
    }

    /// <summary>The whole recognizer on the test set as one document: names, document agreement, groups, mentions.</summary>
    [Benchmark]
    public int MentionsTest() => _recognizer.FindMentions(_document.Text, _tokens, _documentSentences).Count;

    /// <summary>Reads the embedded model and builds the labeler.</summary>
    [Benchmark]
    public object LoadModel() => EntityRecognizer.Load(ModelRepository.Embedded);
}
