using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>
/// Reads an HTML page as one article. The page's metadata is read first (<see cref="HtmlMetadataExtractor"/>),
/// then boilerplate is removed (<see cref="HtmlBoilerplate"/>) and SmartReader (a Readability port) picks the
/// story; when SmartReader finds nothing readable, the largest <c>article</c>/<c>main</c> element (else the body)
/// is used (also for pages nested more than 256 elements deep). The text has one paragraph per block, separated by blank lines. Truncated pages are read as far as
/// they go; a page with no text is an error.
/// </summary>
internal sealed class HtmlArticleReader : IArticleReader
{
    private const string PlaceholderUri = "https://dateline.invalid/";

    /// <summary>Pages nested deeper than this skip SmartReader, whose scoring slows down sharply with depth.</summary>
    private const int MaxReadableDepth = 256;

    /// <inheritdoc />
    public IEnumerable<LoadOutcome> Read(string text, ReadContext context)
    {
        var (body, metadata) = Extract(text);
        return [string.IsNullOrWhiteSpace(body)
            ? context.Error(InputErrorCodes.NoText, "the HTML page has no article text")
            : context.Finish(body, metadata, InputFormat.Html, context.Path)];
    }

    /// <summary>The main text and metadata of an HTML page (used by feeds and JSONL too).</summary>
    public (string Text, ArticleMetadata Metadata) Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var metadata = HtmlMetadataExtractor.Extract(document);
        HtmlBoilerplate.Remove(document);
        var fallback = HtmlBoilerplate.MainContent(document) is { } main ? HtmlTextExtractor.ToText(main) : "";
        var readable = Depth(document.DocumentElement) <= MaxReadableDepth ? ReadableText(document) : "";
        return (string.IsNullOrWhiteSpace(readable) ? fallback : readable, metadata);
    }

    private static int Depth(AngleSharp.Dom.IElement? root)
    {
        if (root == null) return 0;
        var deepest = 0;
        var pending = new Stack<(AngleSharp.Dom.IElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            if (depth > deepest) deepest = depth;
            foreach (var child in element.Children) pending.Push((child, depth + 1));
        }
        return deepest;
    }

    private static string ReadableText(IHtmlDocument document)
    {
        try
        {
            var article = new SmartReader.Reader(PlaceholderUri, document) { CharThreshold = 200 }.GetArticle();
            if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content)) return "";
            var content = new HtmlParser().ParseDocument(article.Content);
            return content.Body is { } body ? HtmlTextExtractor.ToText(body) : "";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // SmartReader is a heuristic over arbitrary markup; when it fails the fallback extraction is used.
            return "";
        }
    }
}
