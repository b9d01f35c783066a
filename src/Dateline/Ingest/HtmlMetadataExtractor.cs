using AngleSharp.Dom;
using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>
/// Reads an HTML page's own metadata. Precedence, first found wins:
/// title: JSON-LD <c>headline</c>, <c>og:title</c>, the first <c>h1</c>, <c>&lt;title&gt;</c>;
/// published: <c>meta property=article:published_time</c>, JSON-LD <c>datePublished</c>, other date metas
/// (<c>og:published_time</c>, <c>pubdate</c>, <c>date</c>, <c>dc.date</c>, <c>itemprop=datePublished</c>),
/// then the first <c>&lt;time datetime&gt;</c>;
/// bylines: JSON-LD <c>author</c> name(s), <c>meta name=author</c>, links with <c>rel=author</c>;
/// source: <c>og:site_name</c>, JSON-LD <c>publisher</c> name;
/// URL: <c>link rel=canonical</c>, <c>og:url</c>, JSON-LD <c>url</c> / <c>mainEntityOfPage</c>;
/// language: the <c>html lang</c> attribute's primary subtag.
/// </summary>
internal static class HtmlMetadataExtractor
{
    private static readonly string[] DateMetas =
    [
        "meta[property='article:published_time']", "meta[property='og:published_time']", "meta[name='article:published_time']",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name='dc.date']", "meta[name='DC.date.issued']",
        "meta[itemprop=datePublished]",
    ];

    /// <summary>The metadata of <paramref name="document"/>; call before the page is cleaned.</summary>
    public static ArticleMetadata Extract(IDocument document)
    {
        var jsonLd = JsonLdReader.Read(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        return new ArticleMetadata
        {
            Title = First(jsonLd?.Headline, Meta(document, "meta[property='og:title']"), TextOf(document.QuerySelector("h1")), TextOf(document.QuerySelector("title"))),
            Published = Published(document, jsonLd),
            Bylines = Bylines(document, jsonLd),
            Source = First(Meta(document, "meta[property='og:site_name']"), jsonLd?.Publisher),
            Url = First(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")?.Trim(), Meta(document, "meta[property='og:url']"), jsonLd?.Url),
            Language = Language(document) ?? "en",
        };
    }

    private static DateTimeOffset? Published(IDocument document, JsonLdArticle? jsonLd)
    {
        var fromMeta = DateParser.Parse(Meta(document, DateMetas[0]));
        if (fromMeta != null) return fromMeta;
        var fromJsonLd = DateParser.Parse(jsonLd?.DatePublished);
        if (fromJsonLd != null) return fromJsonLd;
        foreach (var selector in DateMetas.Skip(1))
        {
            if (DateParser.Parse(Meta(document, selector)) is { } date) return date;
        }
        foreach (var time in document.QuerySelectorAll("time[datetime]"))
        {
            if (DateParser.Parse(time.GetAttribute("datetime")) is { } date) return date;
        }
        return null;
    }

    private static IReadOnlyList<string> Bylines(IDocument document, JsonLdArticle? jsonLd)
    {
        if (jsonLd is { Authors.Count: > 0 }) return jsonLd.Authors;
        if (Meta(document, "meta[name=author]") is { } author && !author.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return [author];
        var linked = document.QuerySelectorAll("a[rel~=author], link[rel~=author]")
            .Select(a => TextOf(a))
            .Where(name => name != null)
            .Select(name => name!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return linked;
    }

    private static string? Language(IDocument document)
    {
        var lang = document.DocumentElement?.GetAttribute("lang")?.Trim();
        if (string.IsNullOrEmpty(lang)) return null;
        var primary = lang.Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static string? Meta(IDocument document, string selector) =>
        document.QuerySelector(selector)?.GetAttribute("content") is { } content && !string.IsNullOrWhiteSpace(content)
            ? content.Trim()
            : null;

    private static string? TextOf(IElement? element)
    {
        if (element == null) return null;
        var text = HtmlTextExtractor.ToText(element).Replace('\n', ' ');
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
