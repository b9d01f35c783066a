using System.Text.RegularExpressions;
using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>
/// Finds a dateline at the start of a line: places (several joined by <c>/</c>), an optional region after a comma,
/// an optional date (<c>Feb 15</c>), an optional agency in parentheses, an optional desk after <c>|</c>, and a
/// separator (<c>-</c>, <c>--</c>, <c>–</c>, <c>—</c> or <c>:</c>) followed by text. To keep ordinary sentences out,
/// a dateline must name an agency or desk, or start with an all-capital place (<c>NEW DELHI:</c>), or have a
/// region and a dash (<c>Kyiv, Ukraine —</c>), and labels such as <c>BREAKING:</c> or <c>UPDATE -</c> are not places; the separator may be missing only after an agency
/// (<c>New Delhi, Feb 15 (PTI) The …</c>).
/// </summary>
internal static class DatelineParser
{
    private const string Place = @"\p{Lu}[\p{L}'’.\-]*(?:[ ]\p{Lu}[\p{L}'’.\-]*){0,3}";
    private const string Month = @"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    /// <summary>All-capital labels that open a line like a dateline but are not places.</summary>
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS", "OPINION", "EDITORIAL",
        "PHOTOS", "VIDEO", "FACTBOX", "EXPLAINER", "COMMENTARY", "CORRECTED", "CORRECTION", "REFILE", "NOTE", "EDITOR'S NOTE",
        "READ MORE", "ALSO READ", "SUMMARY", "TIMELINE", "Q&A", "WARNING", "ADVERTISEMENT", "PODCAST",
    };

    private static readonly Regex Pattern = new(
        $@"\G(?<places>{Place}(?:[ ]?/[ ]?{Place})*)" +
        $@"(?:,[ ]*(?<region>{Place}))?" +
        $@"(?:,?[ ]+(?<date>(?<month>{Month})\.?[ ]+(?<day>\d{{1,2}})(?:,[ ]*\d{{4}})?))?" +
        @"(?:[ ]*\((?<agency>[^()\n]{2,40})\))?" +
        @"(?:[ ]*\|[ ]*(?<desk>[^:|\n]{2,60}?))?" +
        @"(?:[ ]*(?<sep>--|[-–—:])|(?<=\)))(?=[ ]+\S)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The dateline starting at <paramref name="start"/> in <paramref name="text"/>, or null.</summary>
    public static WireMetadata? Parse(string text, int start, int end)
    {
        var match = Pattern.Match(text, start, end - start);
        if (!match.Success || match.Index != start || match.Length > 120) return null;
        var agency = match.Groups["agency"];
        var desk = match.Groups["desk"];
        var sep = match.Groups["sep"];
        var places = match.Groups["places"].Value;
        var region = match.Groups["region"];
        var firstPlace = places.Split('/')[0];
        var accepted = agency.Success || desk.Success || (sep.Success && IsAllCaps(firstPlace))
            || (region.Success && sep.Success && sep.Value != ":");
        if (!accepted || (!sep.Success && !agency.Success) || Labels.Contains(firstPlace.Trim())) return null;
        return new WireMetadata
        {
            Dateline = new TextSpan(match.Index, match.Index + match.Length),
            DatelinePlaces = Places(match),
            DatelineDate = Date(match),
            Source = Source(desk) ?? Source(agency),
        };
    }

    private static List<WireValue> Places(Match match)
    {
        var places = new List<WireValue>();
        var group = match.Groups["places"];
        var offset = group.Index;
        foreach (var part in group.Value.Split('/'))
        {
            var trimmedStart = part.Length - part.TrimStart().Length;
            var value = part.Trim();
            var start = offset + trimmedStart;
            places.Add(new WireValue(WireNames.PlaceCase(value), new TextSpan(start, start + value.Length)));
            offset += part.Length + 1;
        }
        var region = match.Groups["region"];
        if (region.Success) places.Add(new WireValue(WireNames.PlaceCase(region.Value), new TextSpan(region.Index, region.Index + region.Length)));
        return places;
    }

    private static (int Month, int Day, TextSpan Span)? Date(Match match)
    {
        var date = match.Groups["date"];
        if (!date.Success) return null;
        var month = DateParser.MonthNumber(match.Groups["month"].ValueSpan);
        var day = int.Parse(match.Groups["day"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 ? (month, day, new TextSpan(date.Index, date.Index + date.Length)) : null;
    }

    private static WireValue? Source(Group group)
    {
        if (!group.Success) return null;
        var value = group.Value.Trim();
        var name = WireNames.Agency(value) ?? value;
        var lead = group.Value.Length - group.Value.TrimStart().Length;
        return new WireValue(name, new TextSpan(group.Index + lead, group.Index + lead + value.Length));
    }

    private static bool IsAllCaps(string place)
    {
        var letters = 0;
        foreach (var c in place)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }
}
