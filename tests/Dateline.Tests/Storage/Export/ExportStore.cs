using Dateline.Storage;
using Dateline.Storage.Export;
using Dateline.Storage.Reading;

namespace Dateline.Tests.Storage.Export;

/// <summary>
/// A temporary SQLite store holding the hand-written samples: the shelling story from one outlet, its reprint by a
/// second outlet a day later (byline added, so offsets shift), and an unrelated harvest story without events.
/// </summary>
internal sealed class ExportStore : IDisposable
{
    public const string FirstUrl = "https://wire.example/kharkiv";
    public const string ReprintUrl = "https://daily.example/kharkiv-again";

    private readonly string _folder = Directory.CreateTempSubdirectory("dateline-export-").FullName;

    public ExportStore()
    {
        Store = ArticleStore.Open(Path.Combine(_folder, "export.db"));
        Store.Add([.. new[]
        {
            StoreSamples.Shelling("Wire One", FirstUrl, "2022-03-01"),
            StoreSamples.ShellingReprint("Daily Two", ReprintUrl, "2022-03-02"),
            StoreSamples.Harvest(),
        }.Select(ArticleAnalysis.FromJson)]);
    }

    public IArticleStore Store { get; }

    /// <summary>The export as bytes.</summary>
    public byte[] Bytes(ExportFormat format, StoreQuery? query = null)
    {
        using var output = new MemoryStream();
        CorpusExporter.Export(Store, format, query ?? new StoreQuery { Limit = null }, output);
        return output.ToArray();
    }

    /// <summary>The export's lines (text formats).</summary>
    public string[] Lines(ExportFormat format, StoreQuery? query = null)
    {
        var text = System.Text.Encoding.UTF8.GetString(Bytes(format, query));
        Assert.True(text.Length == 0 || text.EndsWith('\n'), "every line ends with a line feed");
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
