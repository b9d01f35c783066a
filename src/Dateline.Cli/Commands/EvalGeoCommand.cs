using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dateline.Knowledge.Gazetteer;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval geo</c>: place resolution accuracy on the hand-written geocoding cases.</summary>
internal static class EvalGeoCommand
{
    private const string DefaultCases = "tests/Dateline.Tests/Knowledge/Gazetteer/geocoding-cases.tsv";

    public static Command Create()
    {
        var cases = new Option<string?>("--cases") { Description = "The cases TSV (default: " + DefaultCases + " in this repository)." };
        var command = new Command("geo", "Evaluate place resolution (gazetteer + disambiguation) on labelled toponym-in-context cases.") { cases };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(cases) ?? FindDefault()
                ?? throw new CliException($"cannot find {DefaultCases} above the current folder; pass --cases FILE.");
            if (!File.Exists(path)) throw new CliException($"cases file '{path}' does not exist.");
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var gazetteer = Gazetteer.Embedded;
            var loadMs = watch.Elapsed.TotalMilliseconds;
            var loadCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            using var reader = File.OpenText(path);
            var report = GeocodingEvaluator.Evaluate(new PlaceResolver(gazetteer), GeocodingCaseReader.Read(reader, path));
            Print(report, loadMs, loadCpuMs, gazetteer.NameCount);
            return 0;
        });
        return command;
    }

    private static string? FindDefault()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultCases);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static void Print(GeocodingReport report, double loadMs, double loadCpuMs, int names)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"gazetteer load: {loadMs:F0} ms wall, {loadCpuMs:F0} ms CPU (all threads, JIT included); {names} names"));
        Console.WriteLine(string.Create(inv, $"cases: {report.Cases}"));
        Console.WriteLine(string.Create(inv, $"exact place:   {report.Exact,4} ({report.ExactAccuracy:F1}%)"));
        Console.WriteLine(string.Create(inv, $"right country: {report.RightCountry,4} ({report.CountryAccuracy:F1}%)"));
        Console.WriteLine("errors:");
        foreach (var (item, picked) in report.Errors)
        {
            var got = picked == null ? "(none)" : $"{picked.Name} [{picked.CountryCode}:{picked.Admin1} {picked.FeatureCode} {picked.GeonameId}]";
            var qualifier = item.Toponym.Qualifier == null ? "" : ", " + item.Toponym.Qualifier;
            Console.WriteLine(string.Create(inv, $"  line {item.Line}: {item.Toponym.Name}{qualifier} | ctx {string.Join(';', item.Context)} | dateline {string.Join(';', item.Dateline)} -> {got}; expected {item.Expected} ({item.Country})"));
        }
    }
}
