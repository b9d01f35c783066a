using System.Globalization;
using Dateline.Storage.Reading;
using Microsoft.AspNetCore.Http;

namespace Dateline.Server;

/// <summary>
/// The filters and page of a read request, parsed from its query string with the same meaning as the options of
/// <c>dateline query</c>. A bad or unknown parameter is an <see cref="Error"/>, not an exception.
/// </summary>
internal sealed record ApiQuery
{
    /// <summary>The page size used when <c>limit</c> is absent.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The largest page size.</summary>
    public const int MaxLimit = 1000;

    private static readonly string[] FilterNames =
        ["actor", "dyad", "cameo", "plover", "quad", "from", "to", "place", "country", "outlet", "speaker", "text", "limit", "offset"];

    /// <summary>The store filters (its <see cref="StoreQuery.Limit"/> is unset: paging is applied by the caller).</summary>
    public StoreQuery Filters { get; init; } = new() { Limit = null };

    /// <summary>Rows to skip.</summary>
    public int Offset { get; init; }

    /// <summary>Rows per page.</summary>
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>Why the query string was refused, or null.</summary>
    public string? Error { get; init; }

    /// <summary>Parses the query string; <paramref name="extra"/> names the endpoint's own parameters, accepted and left to it.</summary>
    public static ApiQuery Parse(IQueryCollection query, params string[] extra)
    {
        foreach (var key in query.Keys)
        {
            if (Array.IndexOf(FilterNames, key) < 0 && Array.IndexOf(extra, key) < 0)
            {
                return Fail($"Unknown query parameter '{key}'.");
            }
        }
        string? error = null;
        var quad = Int(query, "quad", 1, 4, null, ref error);
        var limit = Int(query, "limit", 1, MaxLimit, DefaultLimit, ref error);
        var offset = Int(query, "offset", 0, int.MaxValue, 0, ref error);
        var from = Day(query, "from", ref error);
        var to = Day(query, "to", ref error);
        var (source, target) = Dyad(Text(query, "dyad"), ref error);
        if (error is not null) return Fail(error);
        return new ApiQuery
        {
            Filters = new StoreQuery
            {
                Actor = Upper(Text(query, "actor")),
                Source = source,
                Target = target,
                Cameo = Text(query, "cameo"),
                Plover = Upper(Text(query, "plover")),
                QuadClass = quad,
                From = from,
                To = to,
                Place = Text(query, "place"),
                Country = Upper(Text(query, "country")),
                Outlet = Text(query, "outlet"),
                Speaker = Text(query, "speaker"),
                Text = Text(query, "text"),
                Limit = null,
            },
            Offset = offset ?? 0,
            Limit = limit ?? DefaultLimit,
        };
    }

    private static ApiQuery Fail(string error) => new() { Error = error };

    private static string? Text(IQueryCollection query, string name)
    {
        var value = query[name].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static string? Upper(string? value) => value?.ToUpperInvariant();

    private static int? Int(IQueryCollection query, string name, int min, int max, int? fallback, ref string? error)
    {
        var text = Text(query, name);
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        error ??= $"'{name}' must be a whole number from {min} to {max}, not '{text}'.";
        return fallback;
    }

    private static string? Day(IQueryCollection query, string name, ref string? error)
    {
        var text = Text(query, name);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return text;
        error ??= $"'{name}' must be a day as YYYY-MM-DD, not '{text}'.";
        return null;
    }

    private static (string?, string?) Dyad(string? value, ref string? error)
    {
        if (value is null) return (null, null);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == value.Length - 1 || value.IndexOf(':', colon + 1) >= 0)
        {
            error ??= $"'dyad' must be SOURCE:TARGET (RUS:UKR), not '{value}'.";
            return (null, null);
        }
        return (value[..colon].ToUpperInvariant(), value[(colon + 1)..].ToUpperInvariant());
    }
}
