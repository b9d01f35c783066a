using Dateline.Documents;
using Dateline.Pipeline;
using Dateline.Serialization;
using Dateline.Storage;

namespace Dateline.Server;

/// <summary>Runs the default pipeline on a posted article (built on first use: loading the models takes a moment).</summary>
internal sealed class ArticleAnalyzer
{
    private readonly Lazy<AnalysisPipeline> _pipeline = new(() => DefaultPipeline.Create(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The stored form of the analyzed article.</summary>
    /// <exception cref="PipelineException">A stage failed on this text.</exception>
    public ArticleAnalysis Analyze(string text, ArticleMetadata metadata)
    {
        var document = new Document(text, metadata);
        _pipeline.Value.Process(document);
        return ArticleAnalysis.FromJson(ArticleJsonWriter.Default.ToJson(document, new ArticleJsonOptions()));
    }
}
