using BenchmarkDotNet.Attributes;
using Dateline.Corpora;
using Dateline.Models;
using Dateline.Nlp.Tagging;

namespace Dateline.Benchmarks;

/// <summary>
/// POS tagging and lemmatizing speed on UD EWT dev (gold tokenization, 25,147 words), and the time to
/// load the embedded model. Words per second = 25,147 / mean time of one operation.
/// </summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private PosTagger _tagger = null!;
    private ReadOnlyMemory<char>[][] _sentences = [];
    private int[][] _labels = [];

    /// <summary>Loads the model and the dev sentences.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = SharedData.Locate() ?? throw new InvalidOperationException("../shared/data not found; set DATELINE_SHARED_DATA.");
        var sentences = ConlluReader.ReadFile(Path.Combine(data, "ud-english-ewt", "en_ewt-ud-dev.conllu")).ToList();
        _sentences = [.. sentences.Select(s => s.Words.Select(w => w.Form.AsMemory()).ToArray())];
        _labels = [.. _sentences.Select(s => new int[s.Length])];
        _tagger = PosTagger.Load(ModelRepository.Embedded);
        Words = _sentences.Sum(s => s.Length);
    }

    /// <summary>Number of words per operation.</summary>
    public int Words { get; private set; }

    /// <summary>Tags every dev sentence (labels only).</summary>
    [Benchmark]
    public int TagDev()
    {
        var sum = 0;
        for (var s = 0; s < _sentences.Length; s++)
        {
            _tagger.Predict(_sentences[s], _labels[s]);
            sum += _labels[s].Length;
        }
        return sum;
    }

    /// <summary>Tags and lemmatizes every dev sentence.</summary>
    [Benchmark]
    public int TagAndLemmatizeDev()
    {
        var sum = 0;
        for (var s = 0; s < _sentences.Length; s++)
        {
            var words = _sentences[s];
            var labels = _labels[s];
            _tagger.Predict(words, labels);
            for (var i = 0; i < words.Length; i++) sum += _tagger.Lemmatize(words[i].Span, labels[i]).Length;
        }
        return sum;
    }

    /// <summary>Loads the embedded model from scratch.</summary>
    [Benchmark]
    public PosTagger LoadModel() => PosTagger.Load(ModelRepository.Embedded);
}
