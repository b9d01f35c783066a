using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>
/// Reads RSS 2.0 (also RSS 1.0/RDF) and Atom feeds: one article per item or entry, origin <c>path#item-N</c>
/// (1-based). Text: RSS <c>content:encoded</c>, else <c>description</c>; Atom <c>content</c>, else <c>summary</c>;
/// HTML content is turned into paragraphs. Metadata: <c>title</c>; <c>link</c> (Atom: the <c>alternate</c> link);
/// <c>guid</c>/<c>id</c> as id; <c>pubDate</c>, <c>dc:date</c>, <c>published</c>, else <c>updated</c>;
/// <c>dc:creator</c>, <c>author</c> (an RSS <c>email (Name)</c> gives the name), Atom <c>author/name</c>;
/// the channel or feed title as source.
/// </summary>
internal sealed class FeedReader : IArticleReader
{
    private static readonly Regex EmailWithName = new(@"^\S+@\S+\s*\((?<name>[^)]+)\)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <inheritdoc />
    public IEnumerable<LoadOutcome> Read(string text, ReadContext context)
    {
        var document = XmlInput.Parse(text, out var error);
        if (document?.Root is not { } root) return [context.Error(InputErrorCodes.Malformed, error ?? "the feed has no root element")];
        var (items, source, atom) = root.Name.LocalName switch
        {
            "rss" => (XmlInput.Child(root, "channel")?.Elements().Where(e => e.Name.LocalName == "item").ToList() ?? [],
                XmlInput.Child(root, "channel") is { } channel ? XmlInput.ChildText(channel, "title") : null, false),
            "RDF" => (root.Elements().Where(e => e.Name.LocalName == "item").ToList(),
                XmlInput.Child(root, "channel") is { } channel1 ? XmlInput.ChildText(channel1, "title") : null, false),
            "feed" => (root.Elements().Where(e => e.Name.LocalName == "entry").ToList(), XmlInput.ChildText(root, "title"), true),
            _ => (null, null, false),
        };
        if (items == null)
        {
            return [context.Error(InputErrorCodes.Malformed, $"the XML root <{root.Name.LocalName}> is not an RSS or Atom feed")];
        }
        if (items.Count == 0) return [context.Error(InputErrorCodes.NoText, "the feed has no items")];
        return items.Select((item, i) => ReadItem(item, i + 1, source, atom, context)).ToList();
    }

    private static LoadOutcome ReadItem(XElement item, int number, string? source, bool atom, ReadContext context)
    {
        var origin = context.Path + "#item-" + number.ToString(CultureInfo.InvariantCulture);
        var metadata = new ArticleMetadata
        {
            Id = XmlInput.ChildText(item, atom ? "id" : "guid"),
            Title = PlainTitle(XmlInput.ChildText(item, "title")),
            Url = atom ? AtomLink(item) : XmlInput.ChildText(item, "link"),
            Published = DateParser.Parse(XmlInput.ChildText(item, "pubDate") ?? XmlInput.ChildText(item, "date")
                ?? XmlInput.ChildText(item, "published") ?? XmlInput.ChildText(item, "updated")),
            Bylines = Authors(item),
            Source = source,
        };
        return context.Finish(Body(item, atom), metadata, atom ? InputFormat.Atom : InputFormat.Rss, origin);
    }

    private static string Body(XElement item, bool atom)
    {
        if (!atom) return HtmlToText(XmlInput.ChildText(item, "encoded") ?? XmlInput.ChildText(item, "description"));
        var content = XmlInput.Child(item, "content") is { } c && !string.IsNullOrWhiteSpace(c.Value) ? c : XmlInput.Child(item, "summary");
        if (content == null) return "";
        return (string?)content.Attribute("type") switch
        {
            "xhtml" => HtmlToText(string.Concat(content.Nodes().Select(n => n.ToString()))),
            "html" or "text/html" => HtmlToText(content.Value),
            _ => content.Value.Trim(),
        };
    }

    private static string HtmlToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var document = new HtmlParser().ParseDocument(html);
        return document.Body is { } body ? HtmlTextExtractor.ToText(body) : "";
    }

    private static string? PlainTitle(string? title) =>
        title == null || !title.Contains('<') && !title.Contains('&') ? title : NullIfBlank(HtmlToText(title).Replace('\n', ' '));

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string? AtomLink(XElement entry)
    {
        var links = entry.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        return ((string?)alternate?.Attribute("href"))?.Trim();
    }

    private static IReadOnlyList<string> Authors(XElement item)
    {
        var names = new List<string>();
        foreach (var element in item.Elements())
        {
            var name = element.Name.LocalName switch
            {
                "creator" => element.Value.Trim(),
                "author" when element.HasElements => XmlInput.ChildText(element, "name"),
                "author" => RssAuthor(element.Value.Trim()),
                _ => null,
            };
            if (!string.IsNullOrEmpty(name) && !names.Contains(name)) names.Add(name);
        }
        return names;
    }

    private static string RssAuthor(string value) =>
        EmailWithName.Match(value) is { Success: true } match ? match.Groups["name"].Value.Trim() : value;
}
