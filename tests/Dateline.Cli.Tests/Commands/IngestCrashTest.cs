using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Dateline.Cli.Tests.Commands;

/// <summary>
/// kill -9 the <c>dateline ingest</c> process at random moments while it ingests 2,000 small articles, rerun it
/// until it completes, and check that every article is stored exactly once and whole, and that SQLite's
/// integrity check passes. Bounded: at most six kills, about a minute on two cores.
/// </summary>
public sealed class IngestCrashTest : IDisposable
{
    private const int Articles = 2000;
    private const int Kills = 6;
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-crash-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void IngestKilledAtRandomMomentsResumesAndStoresEveryArticleExactlyOnce()
    {
        var input = Path.Combine(_dir, "news");
        Directory.CreateDirectory(input);
        for (var i = 0; i < Articles; i++) File.WriteAllText(Path.Combine(input, $"{i:0000}.txt"), GeneratedArticles.Text(i));
        var db = Path.Combine(_dir, "corpus.db");
        var random = new Random(20260101);
        var killed = 0;
        for (var run = 0; run < Kills; run++)
        {
            using var process = StartIngest(input, db);
            // Early kills land in start-up and migration, later ones in the middle of batches.
            if (process.WaitForExit(TimeSpan.FromMilliseconds(random.Next(300, 3000)))) break;
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            killed++;
        }
        using (var final = StartIngest(input, db))
        {
            // A guard against a hung ingest, not a timing: on a quiet two-core machine the rest takes well under a minute.
            var finished = final.WaitForExit(TimeSpan.FromMinutes(10));
            if (!finished) final.Kill(entireProcessTree: true);
            Assert.True(finished, "the last ingest did not finish within ten minutes");
            Assert.Equal(0, final.ExitCode);
        }
        Assert.True(killed >= 2, $"only {killed} runs were killed: the test did not test a crash");
        AssertEveryArticleStoredOnceAndWhole(db);
    }

    private static void AssertEveryArticleStoredOnceAndWhole(string db)
    {
        using var connection = new SqliteConnection("Data Source=" + db);
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Equal((long)Articles, Scalar(connection, "SELECT count(*) FROM articles"));
        Assert.Equal((long)Articles, Scalar(connection, "SELECT count(DISTINCT content_hash) FROM articles"));
        var texts = new HashSet<string>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.text, a.analysis_json, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id), " +
            "(SELECT count(*) FROM times t WHERE t.article_id = a.id), (SELECT count(*) FROM quantities q WHERE q.article_id = a.id), " +
            "(SELECT count(*) FROM article_bands b WHERE b.article_id = a.id), a.cluster_id = a.id FROM articles a";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            texts.Add(reader.GetString(0));
            using var json = JsonDocument.Parse(reader.GetString(1));
            var root = json.RootElement;
            var mentions = root.GetProperty("entities").EnumerateArray().Sum(e => e.GetProperty("mentions").GetArrayLength());
            Assert.Equal(mentions, reader.GetInt64(2));
            Assert.Equal(root.GetProperty("times").GetArrayLength(), reader.GetInt64(3));
            Assert.Equal(root.GetProperty("quantities").GetArrayLength(), reader.GetInt64(4));
            var founder = reader.GetInt64(6) == 1;
            Assert.Equal(founder ? Dateline.Storage.Dedup.MinHasher.Bands : 0, reader.GetInt64(5));
        }
        for (var i = 0; i < Articles; i++) Assert.Contains(GeneratedArticles.Text(i), texts);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static Process StartIngest(string input, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Dateline.Cli.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in (string[])[cli, "ingest", input, "--store", db, "--date", "2022-03-01", "--batch", "16"]) info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }
}
