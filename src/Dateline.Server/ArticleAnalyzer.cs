using Dateline.Documents;
using Dateline.Ingest;
using Dateline.Pipeline;
using Dateline.Serialization;
using Dateline.Storage;

namespace Dateline.Server;

/// <summary>Runs the default pipeline on a posted article (built on first use: loading the models takes a moment).</summary>
internal sealed class ArticleAnalyzer
{
    private readonly Lazy<AnalysisPipeline> _pipeline = new(() => DefaultPipeline.Create(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ArticleLoader _loader = new();

    /// <summary>
    /// The stored form of the analyzed article. The text is read as plain text by the loader <c>dateline ingest</c>
    /// uses, so a posted wire story gets the same outlet, bylines and dateline places from its text; what the
    /// request gave (<paramref name="given"/>) wins over what the text says.
    /// </summary>
    /// <returns>The analysis, or null and the loader's error (an article over the size limit, say).</returns>
    /// <exception cref="PipelineException">A stage failed on this text.</exception>
    public (ArticleAnalysis? Analysis, string? Error) Analyze(string text, ArticleMetadata given)
    {
        var outcome = _loader.LoadText(text, "posted article", InputFormat.PlainText).First();
        if (outcome is not LoadedArticle loaded) return (null, outcome is InputError error ? error.Message : "the text could not be read");
        var read = loaded.Metadata;
        var metadata = read with
        {
            Published = given.Published ?? read.Published,
            Title = given.Title ?? read.Title,
            Url = given.Url ?? read.Url,
            Source = given.Source ?? read.Source,
        };
        var document = new Document(loaded.Text, metadata);
        _pipeline.Value.Process(document);
        return (ArticleAnalysis.FromJson(ArticleJsonWriter.Default.ToJson(document, new ArticleJsonOptions())), null);
    }
}
