using Dateline.Cli.Commands;
using Dateline.Models;
using Dateline.Storage;
using Dateline.Storage.Reading;

namespace Dateline.Cli.Tests.Commands;

public sealed class IngestRunnerTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-ingest-").FullName;

    private string Db => Path.Combine(_dir, "corpus.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private (int Exit, string Err) Ingest(params string[] inputs)
    {
        var stderr = new StringWriter();
        var options = new IngestOptions(inputs, Db, new DateTimeOffset(2022, 3, 1, 0, 0, 0, TimeSpan.Zero), ModelRepository.Embedded, 2, 4);
        var exit = new IngestRunner(options, Stream.Null, stderr).Run();
        return (exit, stderr.ToString());
    }

    private string WriteArticles(string folder, int count)
    {
        var path = Path.Combine(_dir, folder);
        Directory.CreateDirectory(path);
        for (var i = 0; i < count; i++) File.WriteAllText(Path.Combine(path, $"{i:0000}.txt"), GeneratedArticles.Text(i));
        return path;
    }

    [Fact]
    public void IngestingTheSameFolderTwiceStoresEachArticleOnce()
    {
        var folder = WriteArticles("news", 10);
        var first = Ingest(folder);
        Assert.Equal(0, first.Exit);
        Assert.Contains("10 stored", first.Err);
        using (var store = ArticleStore.Open(Db))
        {
            var counts = store.Counts();
            Assert.Equal(10, counts.Articles);
        }
        var before = Snapshot();
        var second = Ingest(folder);
        Assert.Equal(0, second.Exit);
        Assert.Contains("0 stored", second.Err);
        Assert.Contains("10 already stored", second.Err);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void ABadFileIsNamedTheRestIsStoredAndTheExitCodeSaysSo()
    {
        var folder = WriteArticles("news", 5);
        File.WriteAllText(Path.Combine(folder, "empty.txt"), "");
        var (exit, err) = Ingest(folder);
        Assert.Equal(IngestRunner.SomeInputsFailed, exit);
        Assert.Contains("empty.txt", err);
        using var store = ArticleStore.Open(Db);
        Assert.Equal(5, store.Counts().Articles);
    }

    [Fact]
    public void AStoreThatCannotBeOpenedIsOneClearError()
    {
        var options = new IngestOptions([_dir], Path.Combine(_dir, "no-such-folder", "x.db"), null, ModelRepository.Embedded, 1, 4);
        var ex = Assert.Throws<CliException>(() => new IngestRunner(options, Stream.Null, new StringWriter()).Run());
        Assert.Contains("x.db", ex.Message);
    }

    private StoreCounts Snapshot()
    {
        using var store = ArticleStore.Open(Db);
        return store.Counts();
    }
}
