using Dateline.Cli.Commands;
using Dateline.Storage;
using Dateline.Storage.Synthetic;

namespace Dateline.Cli.Tests.Commands;

public sealed class ExportCommandTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-export-cli-").FullName;

    private string Db => Path.Combine(_dir, "corpus.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private void Fill(int articles)
    {
        var corpus = new SyntheticCorpus(3, 5);
        using var store = ArticleStore.Open(Db);
        store.Add([.. Enumerable.Range(0, articles).Select(corpus.Next)]);
    }

    [Fact]
    public void ExportHasOneSubcommandPerFormat()
    {
        Assert.Equal(["gdelt-events", "gdelt-mentions", "plover", "jsonl", "parquet"], ExportCommand.Create().Subcommands.Select(c => c.Name));
    }

    [Fact]
    public void ParquetWithoutAnOutputFileIsAnErrorExit()
    {
        Fill(2);
        Assert.Equal(2, Program.Main(["export", "parquet", "--store", Db]));
    }

    [Fact]
    public void TheCameoFilterSelectsTheExportedRowsAndEveryEventIsWrittenWithoutALimit()
    {
        Fill(40);
        var all = Path.Combine(_dir, "all.tsv");
        var assaults = Path.Combine(_dir, "assaults.tsv");
        Assert.Equal(0, Program.Main(["export", "gdelt-events", "--store", Db, "--out", all]));
        Assert.Equal(0, Program.Main(["export", "gdelt-events", "--store", Db, "--out", assaults, "--cameo", "19"]));
        long events;
        using (var store = ArticleStore.Open(Db)) events = store.Counts().Events;
        var allRows = File.ReadAllLines(all);
        var assaultRows = File.ReadAllLines(assaults);
        Assert.Equal(events, allRows.Length);
        Assert.True(events > 100, $"only {events} events");
        Assert.NotEmpty(assaultRows);
        Assert.All(assaultRows, r => Assert.Equal("19", r.Split('\t')[28]));
        Assert.Equal(allRows.Count(r => r.Split('\t')[28] == "19"), assaultRows.Length);
    }
}
