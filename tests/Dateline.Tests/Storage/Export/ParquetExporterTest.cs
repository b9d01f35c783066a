using Dateline.Storage.Export;
using Dateline.Storage.Reading;
using DuckDB.NET.Data;
using Parquet.Serialization;

namespace Dateline.Tests.Storage.Export;

public sealed class ParquetExporterTest : IDisposable
{
    private readonly ExportStore _store = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("dateline-parquet-").FullName;

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ParquetNetsOwnRowReaderReadsTheEventsBackWithTheirValues()
    {
        using var file = new MemoryStream(_store.Bytes(ExportFormat.ParquetEvents));
        var result = await ParquetSerializer.DeserializeUntypedAsync(file);
        Assert.Equal(ParquetExporter.EventColumns.Select(c => c.Field.Name), result.Schema.DataFields.Select(f => f.Name));
        Assert.Equal(2, result.Data.Count);
        var shelling = Assert.Single(result.Data, r => (string?)r["cameo"] == "195");
        Assert.Equal(new DateTime(2022, 2, 28), Assert.IsType<DateTime>(shelling["date"]).Date);
        Assert.Equal(("RUSMIL", "RUS", "UKR"), (shelling["source_actor"], shelling["source_country"], shelling["target_actor"]));
        Assert.Equal((4, -10.0, 2L, 2L), (shelling["quad_class"], shelling["goldstein"], shelling["num_mentions"], shelling["num_articles"]));
        Assert.Equal(new DateTime(2022, 3, 2), Assert.IsType<DateTime>(shelling["last_seen"]).Date);
        var talks = Assert.Single(result.Data, r => (string?)r["cameo"] == "036");
        Assert.Null(talks.GetValueOrDefault("target_actor"));
        Assert.Null(talks.GetValueOrDefault("lat"));
        Assert.Equal("RUSGOV", talks["source_actor"]);
    }

    [Fact]
    public void DuckDbReadsTheEventsFileWithTypedColumns()
    {
        var path = Write(ExportFormat.ParquetEvents, "events.parquet");
        var types = Query($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{path}'))")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal(("BIGINT", "DATE", "INTEGER", "DOUBLE", "VARCHAR"), (types["id"], types["date"], types["quad_class"], types["goldstein"], types["cameo"]));
        var row = Assert.Single(Query($"SELECT count(*), sum(num_mentions)::BIGINT, min(date)::VARCHAR, max(last_seen)::VARCHAR FROM read_parquet('{path}')"));
        Assert.Equal(2L, Convert.ToInt64(row[0]));
        Assert.Equal(4L, Convert.ToInt64(row[1]));
        Assert.Equal(("2022-02-28", "2022-03-02"), (row[2], row[3]));
    }

    [Fact]
    public void DuckDbReadsTheMentionsFileAndItsOffsetsMatchTheText()
    {
        var path = Write(ExportFormat.ParquetMentions, "mentions.parquet");
        var rows = Query($"SELECT outlet, source_start, evidence_start, negated FROM read_parquet('{path}') WHERE source_text = 'Russian forces' ORDER BY id");
        Assert.Equal(2, rows.Count);
        var offset = StoreSamples.ShellingText.IndexOf("Russian forces", StringComparison.Ordinal);
        Assert.Contains(rows, r => (string?)r[0] == "Wire One" && Convert.ToInt32(r[1]) == offset);
        Assert.All(rows, r => Assert.Equal(false, r[3]));
    }

    [Fact]
    public async Task FiltersApplyToParquetExportsAndAnEmptySelectionStillMakesAReadableFile()
    {
        using var dyad = new MemoryStream(_store.Bytes(ExportFormat.ParquetEvents, new StoreQuery { Cameo = "036", Limit = null }));
        Assert.Equal("036", (await ParquetSerializer.DeserializeUntypedAsync(dyad)).Data.Single()["cameo"]);
        using var none = new MemoryStream(_store.Bytes(ExportFormat.ParquetMentions, new StoreQuery { Country = "FR", Limit = null }));
        Assert.Empty((await ParquetSerializer.DeserializeUntypedAsync(none)).Data);
    }

    private string Write(ExportFormat format, string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, _store.Bytes(format));
        return path;
    }

    private static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
