using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>An article read successfully: the text as the document should own it, and its metadata.</summary>
/// <param name="Text">The article text; never empty or whitespace-only.</param>
/// <param name="Metadata">What is known about the article; <see cref="ArticleMetadata.Origin"/> is always set.</param>
/// <param name="Format">The format the article was read from.</param>
public sealed record LoadedArticle(string Text, ArticleMetadata Metadata, InputFormat Format) : LoadOutcome
{
    /// <inheritdoc />
    public override bool IsArticle => true;

    /// <summary>A new <see cref="Document"/> owning the text, ready for the pipeline.</summary>
    public Document ToDocument() => new(Text, Metadata);
}
