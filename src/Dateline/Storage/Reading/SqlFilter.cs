using System.Text;

namespace Dateline.Storage.Reading;

/// <summary>Builds a WHERE clause from optional conditions, each with its parameters: values are never spliced into SQL.</summary>
internal sealed class SqlFilter
{
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object? Value)> _parameters = [];

    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    /// <summary>Adds <paramref name="condition"/> when <paramref name="value"/> is given, binding it as <paramref name="name"/>.</summary>
    public SqlFilter Add(string condition, string name, object? value)
    {
        if (value is null) return this;
        _conditions.Add(condition);
        _parameters.Add((name, value));
        return this;
    }

    /// <summary>Adds a condition with no parameter.</summary>
    public SqlFilter Add(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    /// <summary><c>WHERE a AND b ...</c>, or empty.</summary>
    public string Where()
    {
        if (_conditions.Count == 0) return "";
        var builder = new StringBuilder(" WHERE ");
        for (var i = 0; i < _conditions.Count; i++)
        {
            if (i > 0) builder.Append(" AND ");
            builder.Append('(').Append(_conditions[i]).Append(')');
        }
        return builder.ToString();
    }

    /// <summary><c>LIMIT n</c> as a parameter, or empty.</summary>
    public string Limit(int? limit)
    {
        if (limit is not { } n) return "";
        _parameters.Add(("@limit", (long)n));
        return " LIMIT @limit";
    }

    /// <summary>
    /// <c>LIMIT n OFFSET m</c> as parameters: the rows to skip are skipped by the database, which need not fetch
    /// them. No limit with an offset is the largest limit (SQLite has no OFFSET without LIMIT).
    /// </summary>
    public string Page(int? limit, int offset)
    {
        if (offset <= 0) return Limit(limit);
        _parameters.Add(("@limit", limit is { } n ? n : long.MaxValue));
        return " LIMIT @limit" + Offset(offset);
    }

    /// <summary><c>OFFSET n</c> as a parameter, or empty for none.</summary>
    public string Offset(int offset)
    {
        if (offset <= 0) return "";
        _parameters.Add(("@offset", (long)offset));
        return " OFFSET @offset";
    }

    /// <summary>A case-insensitive substring pattern for LIKE, with the LIKE wildcards in the search taken literally.</summary>
    public static string? Contains(string? value) =>
        value is null ? null : "%" + value.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
