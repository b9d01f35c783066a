using System.Globalization;
using BenchmarkDotNet.Running;

namespace Dateline.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*'</c>;
/// <c>-- corpus OUT.jsonl [COPIES]</c> writes the end-to-end corpus instead.
/// </summary>
public static class Program
{
    /// <summary>Entry point: the corpus writer, or BenchmarkDotNet's switcher.</summary>
    public static void Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "corpus")
        {
            var copies = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
            var (articles, characters) = NewsCorpus.Write(args[1], copies);
            Console.WriteLine($"{articles} articles, {characters} characters -> {args[1]}");
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
