using System.Globalization;
using Dateline.Knowledge;
using Dateline.Knowledge.Linking;
using Dateline.Knowledge.Linking.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary>The linking-cases part of <c>dateline eval entities</c>: actor codes at a date on the project's own cases.</summary>
internal static class LinkingCasesReport
{
    public const string DefaultCases = "tests/Dateline.Tests/Knowledge/Linking/linking-cases.tsv";

    public static int Run(string? path, int limit)
    {
        path ??= FindDefault() ?? throw new CliException($"cannot find {DefaultCases} above the current folder; pass --cases FILE.");
        IReadOnlyList<LinkingCase> cases;
        try
        {
            using var reader = File.OpenText(path);
            cases = LinkingCaseReader.Read(reader, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new CliException(ex.Message);
        }
        var dictionaries = BuiltInDictionaries.Load();
        var codes = LinkingCaseEvaluator.Evaluate(DefaultPipeline.Create(null, dictionaries), new ActorResolver(dictionaries), cases);
        var right = 0;
        var wrong = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            if (codes[i] == cases[i].Expected) right++;
            else wrong.Add($"  line {cases[i].Line}: {cases[i].Mention} ({cases[i].Note}) -> {codes[i] ?? "-"}; expected {cases[i].Expected ?? "-"}");
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"Linking cases ({path}): {right}/{cases.Count} actor codes right ({(cases.Count == 0 ? 0 : 100.0 * right / cases.Count):F1}%)."));
        foreach (var line in wrong.Take(Math.Max(limit, 20))) Console.WriteLine(line);
        return 0;
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
}
