namespace Dateline.Ingest;

/// <summary>Reads one decoded input of one format into outcomes. Never throws for bad input.</summary>
internal interface IArticleReader
{
    /// <summary>Reads the articles in <paramref name="text"/>.</summary>
    /// <param name="text">The decoded input.</param>
    /// <param name="context">Where the input came from and how to finish each article.</param>
    IEnumerable<LoadOutcome> Read(string text, ReadContext context);
}
