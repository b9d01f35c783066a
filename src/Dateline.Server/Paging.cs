using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Dateline.Server;

/// <summary>Cuts a page out of rows read in order, reading one row past it to know whether a next page exists.</summary>
internal static class Paging
{
    /// <summary>How many rows to ask the store for: the page, the rows before it, and one more.</summary>
    public static int RowsToRead(ApiQuery query) => (int)Math.Min(int.MaxValue, (long)query.Offset + query.Limit + 1);

    /// <summary>The page from <paramref name="rows"/>, after skipping <paramref name="skip"/> of them (0 when the store skipped the offset).</summary>
    public static Page<T> Cut<T>(IEnumerable<T> rows, ApiQuery query, HttpRequest request, int skip)
    {
        var items = new List<T>(Math.Min(query.Limit, 256));
        var more = false;
        var index = 0;
        foreach (var row in rows)
        {
            if (index++ < skip) continue;
            if (items.Count == query.Limit)
            {
                more = true;
                break;
            }
            items.Add(row);
        }
        return new Page<T>(items, query.Offset, query.Limit, more ? NextLink(request, query.Offset + query.Limit) : null);
    }

    private static string NextLink(HttpRequest request, int offset)
    {
        var builder = new QueryBuilder();
        foreach (var (key, values) in request.Query)
        {
            if (key == "offset") continue;
            foreach (var value in values) builder.Add(key, value ?? "");
        }
        builder.Add("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request.PathBase.Add(request.Path) + builder.ToQueryString().ToString();
    }
}
