namespace Dateline.Ingest;

/// <summary>The input formats the <see cref="ArticleLoader"/> reads.</summary>
public enum InputFormat
{
    /// <summary>Plain text: the decoded file is the article text, exactly.</summary>
    PlainText,

    /// <summary>An HTML page: main text extracted, boilerplate removed.</summary>
    Html,

    /// <summary>An RSS 2.0 feed: one article per item.</summary>
    Rss,

    /// <summary>An Atom feed: one article per entry.</summary>
    Atom,

    /// <summary>JSON Lines: one article per line.</summary>
    JsonLines,

    /// <summary>PETRARCH XML: one article per <c>Sentence</c> record.</summary>
    Petrarch,
}
