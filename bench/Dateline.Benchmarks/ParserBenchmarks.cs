using BenchmarkDotNet.Attributes;
using Dateline.Corpora;
using Dateline.Models;
using Dateline.Nlp.Parsing;

namespace Dateline.Benchmarks;

/// <summary>
/// Dependency parsing speed on UD EWT dev (gold tags) and model load time. Tokens per second =
/// <see cref="Tokens"/> / mean time of <see cref="ParseEwtDev"/>.
/// Run: <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*ParserBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private DependencyParser _parser = null!;
    private List<ParserTokenCodes> _sentences = [];
    private ParserWorkspace _work = null!;
    private int[] _heads = new int[512];
    private string[] _relations = new string[512];

    /// <summary>Words in the parsed set (printed at setup).</summary>
    public int Tokens { get; private set; }

    /// <summary>Loads the embedded model and encodes EWT dev once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = SharedData.Locate() ?? throw new InvalidOperationException("../shared/data not found");
        using (var stream = ModelRepository.Embedded.Open(ParserStage.ModelFile))
        {
            _parser = DependencyParser.Load(stream);
        }
        foreach (var sentence in ConlluReader.ReadFile(Path.Combine(data, "ud-english-ewt", "en_ewt-ud-dev.conllu")))
        {
            var w = sentence.Words;
            _sentences.Add(ParserTokenCodes.From([.. w.Select(x => x.Form)], [.. w.Select(x => x.Upos)], [.. w.Select(x => x.Xpos)]));
            Tokens += w.Count;
        }
        _work = _parser.CreateWorkspace();
        Console.WriteLine($"// ParserBenchmarks: {_sentences.Count} sentences, {Tokens} tokens per ParseEwtDev");
    }

    /// <summary>Parses every sentence of EWT dev (tags given, strings hashed beforehand).</summary>
    [Benchmark]
    public int ParseEwtDev()
    {
        var roots = 0;
        foreach (var codes in _sentences)
        {
            _parser.Parse(codes, _work, _heads.AsSpan(0, codes.Length), _relations.AsSpan(0, codes.Length));
            roots += _heads[0];
        }
        return roots;
    }

    /// <summary>Reads the embedded model file.</summary>
    [Benchmark]
    public DependencyParser LoadModel()
    {
        using var stream = ModelRepository.Embedded.Open(ParserStage.ModelFile);
        return DependencyParser.Load(stream);
    }
}
