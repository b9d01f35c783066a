using BenchmarkDotNet.Attributes;
using Dateline.Corpora;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Benchmarks;

/// <summary>
/// Loading the operational Phoenix dictionaries from ../shared/data/petrarch/dictionaries (file read, decoding and
/// parsing), per file and all together. Reference: PETRARCH2 takes 1.3–1.9 s to load the same set.
/// Run: <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*DictionaryBenchmarks*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class DictionaryBenchmarks
{
    private string _folder = "";

    /// <summary>Finds the dictionary folder.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = SharedData.Locate(Directory.GetCurrentDirectory()) ?? SharedData.Locate()
            ?? throw new InvalidOperationException("../shared/data not found: the dictionary benchmarks need it.");
        _folder = Path.Combine(data, "petrarch", "dictionaries");
    }

    /// <summary>Phoenix.Countries.actors.txt.</summary>
    [Benchmark]
    public int CountriesActors() => ActorDictionaryReader.ReadFiles(Path.Combine(_folder, "Phoenix.Countries.actors.txt")).Dictionary.Entries.Count;

    /// <summary>Phoenix.International.actors.txt.</summary>
    [Benchmark]
    public int InternationalActors() => ActorDictionaryReader.ReadFiles(Path.Combine(_folder, "Phoenix.International.actors.txt")).Dictionary.Entries.Count;

    /// <summary>Phoenix.MilNonState.actors.txt.</summary>
    [Benchmark]
    public int MilNonStateActors() => ActorDictionaryReader.ReadFiles(Path.Combine(_folder, "Phoenix.MilNonState.actors.txt")).Dictionary.Entries.Count;

    /// <summary>Phoenix.agents.txt.</summary>
    [Benchmark]
    public int Agents() => AgentDictionaryReader.ReadFile(Path.Combine(_folder, "Phoenix.agents.txt")).Dictionary.Entries.Count;

    /// <summary>Phoenix.discards.txt.</summary>
    [Benchmark]
    public int Discards() => DiscardListReader.ReadFile(Path.Combine(_folder, "Phoenix.discards.txt")).Dictionary.Entries.Count;

    /// <summary>Phoenix.IssueCoding.txt.</summary>
    [Benchmark]
    public int Issues() => IssueDictionaryReader.ReadFile(Path.Combine(_folder, "Phoenix.IssueCoding.txt")).Dictionary.Entries.Count;

    /// <summary>CAMEO.2.0.txt.</summary>
    [Benchmark]
    public int Verbs() => VerbDictionaryReader.ReadFile(Path.Combine(_folder, "CAMEO.2.0.txt")).Dictionary.PatternCount;

    /// <summary>Everything above, as a coder would load it (the three actor files into one dictionary).</summary>
    [Benchmark(Baseline = true)]
    public int AllPhoenix()
    {
        var actors = ActorDictionaryReader.ReadFiles(
            Path.Combine(_folder, "Phoenix.Countries.actors.txt"),
            Path.Combine(_folder, "Phoenix.International.actors.txt"),
            Path.Combine(_folder, "Phoenix.MilNonState.actors.txt"));
        return actors.Dictionary.Entries.Count + Agents() + Discards() + Issues() + Verbs();
    }
}
