using System.CommandLine;
using System.Text.Json;
using Dateline.Cli.Commands;
using Dateline.Models;

namespace Dateline.Cli.Tests.Commands;

public sealed class DictionaryOptionsTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-dictionaries-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static Knowledge.DictionarySet Load(params string[] args)
    {
        var options = new DictionaryOptions();
        var command = new Command("analyze");
        options.AddTo(command);
        return options.Load(command.Parse(args));
    }

    [Fact]
    public void WithoutOptionsTheBuiltInDictionariesAreUsed() =>
        Assert.Same(Knowledge.BuiltInDictionaries.Load(), Load());

    [Fact]
    public void UserActorsAreSearchedBeforeTheBuiltIns()
    {
        var path = Write("mine.actors.txt", "VOLODYMYR_ZELENSKIY_ [UKRMED]\nOKSANA_HRYTSENKO_ [UKRGOV]\n");
        var set = Load("--actors", path);
        Assert.Equal("UKRMED", set.FindActor(["VOLODYMYR", "ZELENSKIY"])!.CodeAt(new DateOnly(2022, 2, 15)));
        Assert.NotNull(set.FindActor(["OKSANA", "HRYTSENKO"]));
        Assert.NotNull(set.FindActor(["KREMLIN"]));
    }

    [Fact]
    public void WithoutBuiltInsOnlyTheGivenFilesAreSearched()
    {
        var path = Write("mine.actors.txt", "OKSANA_HRYTSENKO_ [UKRGOV]\n");
        var set = Load("--actors", path, "--no-builtin-dictionaries");
        Assert.NotNull(set.FindActor(["OKSANA", "HRYTSENKO"]));
        Assert.Null(set.FindActor(["KREMLIN"]));
    }

    [Fact]
    public void AnErrorInADictionaryNamesTheFileAndLine()
    {
        var path = Write("bad.actors.txt", "OKSANA_HRYTSENKO_ [UKRGOV]\nTARAS_KOVAL_ [UKRGOV 2022]\n");
        var error = Assert.Throws<CliException>(() => Load("--actors", path));
        Assert.Contains(path + ":2:", error.Message);
    }

    [Fact]
    public void AMissingDictionaryFileIsAnError()
    {
        var error = Assert.Throws<CliException>(() => Load("--agents", Path.Combine(_dir, "absent.agents.txt")));
        Assert.Contains("absent.agents.txt", error.Message);
    }

    [Fact]
    public void AConfigFileNamesFilesRelativeToItselfAndCanDropTheBuiltIns()
    {
        Write("mine.actors.txt", "OKSANA_HRYTSENKO_ [UKRGOV]\n");
        Write("mine.agents.txt", "ENVOY [~GOV]\n");
        var config = Write("dictionaries.cfg", "# my dictionaries\nactors = mine.actors.txt\nagents = mine.agents.txt  # roles\nbuiltin = no\n");
        var set = Load("--dictionaries", config);
        Assert.NotNull(set.FindActor(["OKSANA", "HRYTSENKO"]));
        Assert.NotNull(set.FindAgent(["ENVOY"]));
        Assert.Null(set.FindActor(["KREMLIN"]));
    }

    [Fact]
    public void AnUnknownKindInAConfigFileNamesItsLine()
    {
        var config = Write("dictionaries.cfg", "actors = mine.actors.txt\nverbz = x.txt\n");
        var error = Assert.Throws<CliException>(() => Load("--dictionaries", config));
        Assert.Contains(config + ":2: unknown kind 'verbz'", error.Message);
    }

    [Fact]
    public void AnalyzeCodesWithTheUsersDictionaries()
    {
        var actors = Write("mine.actors.txt", "OKSANA_HRYTSENKO_ [UKRGOV]\n");
        var article = Write("article.txt", "Oksana Hrytsenko visited a school in Lviv on Friday.\n");
        var stdout = new StringWriter();
        var options = new AnalyzeOptions([article], new DateTimeOffset(2022, 2, 15, 0, 0, 0, TimeSpan.Zero), "json", null, false, ModelRepository.Embedded, 1)
        {
            Dictionaries = Load("--actors", actors),
        };

        var exit = new AnalyzeRunner(options, Stream.Null, stdout, new StringWriter()).Run();

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout.ToString());
        var codes = json.RootElement.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("actor").ValueKind == JsonValueKind.Object)
            .Select(e => (e.GetProperty("canonical").GetString(), e.GetProperty("actor").GetProperty("code").GetString()));
        Assert.Contains(("Oksana Hrytsenko", "UKRGOV"), codes);
    }
}
