using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Tests.Support;

/// <summary>Documents run through the default pipeline with the embedded models, for stages that read the parse.</summary>
public static class AnalyzedDocuments
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => DefaultPipeline.Create());

    /// <summary>The analyzed document of <paramref name="text"/>, published on <paramref name="published"/> when given.</summary>
    public static Document Of(string text, DateOnly? published = null)
    {
        var metadata = new ArticleMetadata
        {
            Published = published is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        };
        var document = new Document(text, metadata);
        Pipeline.Value.Process(document);
        return document;
    }

    /// <summary>The text a span covers.</summary>
    public static string Words(this Document document, TextSpan? span) => span is { } s ? document.TextOf(s) : "";
}
