using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>
/// Completes an article's metadata from its text: <c>Source</c>, <c>Bylines</c> and <c>DatelinePlaces</c> are
/// taken from <see cref="WireMetadata"/> only when the format gave none. <c>Published</c> is taken from a dated
/// dateline only when nothing else gave it and the year is known: <see cref="ArticleLoaderOptions.PublicationYear"/>,
/// else a four-digit year (1900–2099) as a segment of the URL path; the date is midnight UTC.
/// </summary>
internal static class WireMetadataMerger
{
    private static readonly Regex UrlYear = new(@"/(?<year>(?:19|20)\d\d)/", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The metadata with its gaps filled from <paramref name="wire"/>.</summary>
    public static ArticleMetadata Merge(ArticleMetadata metadata, WireMetadata wire, ArticleLoaderOptions options) => metadata with
    {
        Source = metadata.Source ?? wire.Source?.Value,
        Bylines = metadata.Bylines.Count > 0 ? metadata.Bylines : wire.Bylines.Select(b => b.Value).ToList(),
        DatelinePlaces = metadata.DatelinePlaces.Count > 0 ? metadata.DatelinePlaces : wire.DatelinePlaces.Select(p => p.Value).ToList(),
        Published = metadata.Published ?? DatelineDate(wire, Year(metadata, options)),
    };

    private static int? Year(ArticleMetadata metadata, ArticleLoaderOptions options)
    {
        if (options.PublicationYear is { } year) return year;
        if (metadata.Url == null || !Uri.TryCreate(metadata.Url, UriKind.Absolute, out var uri)) return null;
        var match = UrlYear.Match(uri.AbsolutePath + "/");
        return match.Success ? int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) : null;
    }

    private static DateTimeOffset? DatelineDate(WireMetadata wire, int? year)
    {
        if (year is not { } y || wire.DatelineDate is not { } date || y < 1 || y > 9999) return null;
        if (date.Day > DateTime.DaysInMonth(y, date.Month)) return null;
        return new DateTimeOffset(y, date.Month, date.Day, 0, 0, 0, TimeSpan.Zero);
    }
}
