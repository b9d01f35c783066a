using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>Plain text: the decoded input is the article text exactly, so offsets match the file.</summary>
internal sealed class PlainTextReader : IArticleReader
{
    /// <inheritdoc />
    public IEnumerable<LoadOutcome> Read(string text, ReadContext context)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [context.Error(InputErrorCodes.Empty, "the input holds only whitespace")];
        }
        return [context.Finish(text, new ArticleMetadata(), InputFormat.PlainText, context.Path)];
    }
}
