using System.Diagnostics;
using Dateline.Analysis;
using Dateline.Pipeline;
using Dateline.Serialization;
using Dateline.Storage;

namespace Dateline.Cli.Commands;

/// <summary>
/// Runs <c>dateline ingest</c>: reads the inputs, skips texts already stored, analyzes the rest in parallel and
/// stores them in batches, one transaction each, so that a killed ingest leaves whole batches and resumes
/// where it stopped. Failures are reported one line each; the rest goes on.
/// </summary>
internal sealed class IngestRunner(IngestOptions options, Stream stdin, TextWriter stderr)
{
    /// <summary>Exit code when every input was stored (or already was).</summary>
    public const int Success = 0;

    /// <summary>Exit code when at least one input failed.</summary>
    public const int SomeInputsFailed = 1;

    private static readonly TimeSpan MaxBatchAge = TimeSpan.FromSeconds(2);

    public int Run()
    {
        // Opening the store (a PostgreSQL connection and its first use cost about half a second of CPU) overlaps loading the models.
        var opening = Task.Run(() => StoreOptions.Open(options.Store));
        AnalysisPipeline pipeline;
        try
        {
            pipeline = DefaultPipeline.Create(options.Models);
        }
        catch
        {
            CloseWhenOpen(opening);
            throw;
        }
        using var store = opening.GetAwaiter().GetResult();
        var known = store.ContentHashes();
        var progress = new IngestProgress(stderr, ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected, InputCounter.Count(options.Inputs));
        var items = InputReader.Read(options.Inputs, stdin, options.Date);
        var batch = new List<ArticleAnalysis>(options.BatchSize);
        var age = Stopwatch.StartNew();
        foreach (var item in OrderedParallel.Map(items, item => Analyze(pipeline, known, item), options.Parallelism))
        {
            if (item.Error is { } error) progress.Fail(error);
            else if (item.AlreadyStored) progress.Add(0, 1, 0, 0);
            else batch.Add(item.Analysis!);
            if (batch.Count >= options.BatchSize || (batch.Count > 0 && age.Elapsed > MaxBatchAge))
            {
                Store(store, batch, progress);
                age.Restart();
            }
        }
        Store(store, batch, progress);
        progress.Finish();
        return progress.Failed == 0 ? Success : SomeInputsFailed;
    }

    private static void CloseWhenOpen(Task<IArticleStore> opening)
    {
        try
        {
            opening.GetAwaiter().GetResult().Dispose();
        }
        catch (CliException)
        {
            // The models' error is the one reported.
        }
    }

    private static IngestItem Analyze(AnalysisPipeline pipeline, IReadOnlySet<string> known, InputItem item)
    {
        if (item.Document is not { } document) return new IngestItem(null, false, item.Error);
        if (known.Contains(ContentHash.Of(document.Text))) return new IngestItem(null, true, null);
        try
        {
            pipeline.Process(document);
            var json = ArticleJsonWriter.Default.ToJson(document, new ArticleJsonOptions());
            return new IngestItem(ArticleAnalysis.FromJson(json), false, null);
        }
        catch (PipelineException ex)
        {
            return new IngestItem(null, false, ex.Message);
        }
    }

    private static void Store(IArticleStore store, List<ArticleAnalysis> batch, IngestProgress progress)
    {
        if (batch.Count == 0) return;
        try
        {
            var result = store.Add(batch);
            progress.Add(result.Added, result.Skipped, result.Events, result.Syndicated);
        }
        catch (StoreException ex)
        {
            throw new CliException(ex.Message);
        }
        batch.Clear();
    }
}
