using System.Text;
using System.Text.Json;
using Dateline.Analysis;
using Dateline.Pipeline;
using Dateline.Serialization;

namespace Dateline.Cli.Commands;

/// <summary>
/// Runs <c>dateline analyze</c>: reads the inputs, analyzes them in parallel, writes results in input
/// order, reports each failure on standard error and goes on with the rest.
/// </summary>
internal sealed class AnalyzeRunner(AnalyzeOptions options, Stream stdin, TextWriter stdout, TextWriter stderr)
{
    /// <summary>Exit code when every input was analyzed.</summary>
    public const int Success = 0;

    /// <summary>Exit code when at least one input failed (the others were still written).</summary>
    public const int SomeInputsFailed = 1;

    public int Run()
    {
        var pipeline = DefaultPipeline.Create(options.Models, options.Dictionaries);
        var format = options.Format ?? (IsSingleFile() ? "json" : "jsonl");
        var jsonOptions = new ArticleJsonOptions { IncludeTokens = options.IncludeTokens, Indented = format == "json" };
        using var progress = BatchProgress.Start(stderr, showBar: options.OutputPath != null || Console.IsOutputRedirected);
        var failures = 0;
        using var output = OpenOutput();
        var items = InputReader.Read(options.Inputs, stdin, options.Date);
        var analyzed = OrderedParallel.Map(items, item => Analyze(pipeline, item), options.Parallelism);
        using var sink = new ArticleSink(output, format, jsonOptions);
        foreach (var item in analyzed)
        {
            if (item.Error is { } error)
            {
                failures++;
                progress.Failed(error);
                continue;
            }
            sink.Add(item.Document!);
            progress.Done();
        }
        sink.Complete();
        return failures == 0 ? Success : SomeInputsFailed;
    }

    private static InputItem Analyze(AnalysisPipeline pipeline, InputItem item)
    {
        if (item.Document is not { } document) return item;
        try
        {
            pipeline.Process(document);
            return item;
        }
        catch (PipelineException ex)
        {
            return InputItem.Failed(ex.Message);
        }
    }

    private bool IsSingleFile() =>
        options.Inputs.Count == 1 && (options.Inputs[0] == "-" || File.Exists(options.Inputs[0]));

    private TextWriter OpenOutput()
    {
        if (options.OutputPath is null) return TextWriter.Synchronized(stdout);
        try
        {
            return new StreamWriter(options.OutputPath, append: false, new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{options.OutputPath}': {ex.Message}");
        }
    }
}
