using BenchmarkDotNet.Attributes;
using Dateline.Knowledge.Actors;

namespace Dateline.Benchmarks;

/// <summary>
/// Loading the built-in actor and agent knowledge embedded in Dateline.dll (knowledge/actors/*.tsv): resource read,
/// parsing, the name-conflict check and the two TABARI-style dictionaries.
/// Run: <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*KnowledgeBenchmarks*' --inProcess</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class KnowledgeBenchmarks
{
    /// <summary><see cref="BuiltInKnowledge.Load"/>.</summary>
    [Benchmark]
    public int LoadBuiltInKnowledge() => BuiltInKnowledge.Load().Records.Count;
}
