using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Ingest;

/// <summary>
/// Parses the publication dates found in metadata: ISO 8601 (<c>2022-02-15T10:30:00+05:30</c>, <c>2022-02-15</c>),
/// RFC 822 as in RSS (<c>Tue, 15 Feb 2022 10:30:00 GMT</c>, numeric or North-American zone names), and
/// PETRARCH's <c>yyyyMMdd</c>. A value without a zone is taken as UTC; a date without a time is midnight UTC.
/// </summary>
internal static class DateParser
{
    private static readonly Regex Rfc822 = new(
        @"^\s*(?:[A-Za-z]{3},?\s+)?(?<day>\d{1,2})\s+(?<mon>[A-Za-z]{3})[a-z]*\.?\s+(?<year>\d{2,4})" +
        @"(?:\s+(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?)?\s*(?<zone>[+\-]\d{4}|[A-Za-z]{1,5})?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly IReadOnlyDictionary<string, int> ZoneHours = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
    };

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The parsed date, or null when <paramref name="value"/> is not one of the accepted forms.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        if (trimmed.Length == 8 && trimmed.All(char.IsAsciiDigit))
        {
            return DateTimeOffset.TryParseExact(trimmed, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var compact)
                ? compact
                : null;
        }
        if (trimmed.Length >= 10 && char.IsAsciiDigit(trimmed[0]) && trimmed[4] == '-')
        {
            return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) ? iso : null;
        }
        return ParseRfc822(trimmed);
    }

    /// <summary>The month number (1–12) for an English month name or its three-letter abbreviation, else 0.</summary>
    public static int MonthNumber(ReadOnlySpan<char> name)
    {
        if (name.Length < 3) return 0;
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (name[..3].Equals(MonthNames[i], StringComparison.OrdinalIgnoreCase)) return i + 1;
        }
        return 0;
    }

    private static DateTimeOffset? ParseRfc822(string value)
    {
        var match = Rfc822.Match(value);
        if (!match.Success) return null;
        var month = MonthNumber(match.Groups["mon"].ValueSpan);
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        if (year < 100) year += year < 50 ? 2000 : 1900;
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var hour = Number(match.Groups["h"]);
        var minute = Number(match.Groups["m"]);
        var second = Number(match.Groups["s"]);
        if (month == 0 || year < 1000 || year > 9999 || day > DateTime.DaysInMonth(year, month) || day == 0 || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }
        if (ZoneOffset(match.Groups["zone"]) is not { } offset) return null;
        return new DateTimeOffset(year, month, day, hour, minute, second, offset);
    }

    private static TimeSpan? ZoneOffset(Group zone)
    {
        if (!zone.Success) return TimeSpan.Zero;
        var text = zone.Value;
        if (text[0] is '+' or '-')
        {
            var hours = int.Parse(text.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var minutes = int.Parse(text.AsSpan(3, 2), CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59) return null;
            var span = new TimeSpan(hours, minutes, 0);
            return text[0] == '-' ? -span : span;
        }
        return ZoneHours.TryGetValue(text, out var h) ? TimeSpan.FromHours(h) : null;
    }

    private static int Number(Group group) =>
        group.Success ? int.Parse(group.ValueSpan, CultureInfo.InvariantCulture) : 0;
}
