using System.Text.RegularExpressions;
using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>
/// Reads byline and credit lines. A byline is a whole line: <c>By Jane Doe</c>, <c>By Jane Doe and John Roe</c>,
/// <c>By Jane Doe, Reuters</c>, <c>Posted By: Jane Doe</c>, <c>Written by Jane Doe</c>, <c>Reported by …</c>;
/// anything after <c>|</c> (an update time) is ignored. Credit lines are Reuters-style
/// <c>(Reporting by A and B in Kyiv; Additional reporting by C; Editing by D)</c>: reporters and writers are
/// bylines, editors are kept apart. Every comma/<c>and</c>/<c>&amp;</c>-separated part must be a person's name
/// or a desk or agency (which becomes the source); otherwise the line is not a byline, so a sentence such as
/// "By Tuesday, the troops had left." is not read as one.
/// </summary>
internal static class BylineParser
{
    private static readonly Regex Byline = new(
        @"^(?:(?:Posted|Written|Reported|Story)[ ]+)?[Bb][Yy][ ]*:?[ ]+(?<names>[^|\n]+?)[ ]*(?:\|.*)?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Credit = new(
        @"(?<kind>(?:[Aa]dditional[ ]+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten))[ ]+by[ ]+(?<names>[^;)\n]+)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Separator = new(@"[ ]*(?:,[ ]*and[ ]+|,|[ ]+and[ ]+|[ ]*&[ ]*)[ ]*", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Location = new(@"[ ]+in[ ]+\p{Lu}.*$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Authors, editors and a source from the line <c>[start, end)</c>; null when the line is not a byline or credit line.</summary>
    public static WireMetadata? Parse(string text, int start, int end)
    {
        var line = text[start..end];
        var byline = Byline.Match(line);
        if (byline.Success) return Names(byline.Groups["names"], start, editors: false, null);
        var credits = Credit.Matches(line);
        if (credits.Count == 0 || !(line.StartsWith('(') || credits[0].Index == 0)) return null;
        var result = new WireMetadata();
        foreach (Match credit in credits)
        {
            var names = credit.Groups["names"];
            var located = Location.Match(names.Value);
            var editing = credit.Groups["kind"].Value.StartsWith("Editing", StringComparison.OrdinalIgnoreCase);
            var parsed = Names(names, start, editing, located.Success ? located.Index : null);
            if (parsed == null) return null;
            result = result with
            {
                Bylines = [.. result.Bylines, .. parsed.Bylines],
                Editors = [.. result.Editors, .. parsed.Editors],
            };
        }
        return result;
    }

    private static WireMetadata? Names(Group group, int lineStart, bool editors, int? cut)
    {
        var value = cut is { } c ? group.Value[..c] : group.Value;
        var people = new List<WireValue>();
        WireValue? source = null;
        var padded = value + ",";
        var position = 0;
        foreach (Match separator in Separator.Matches(padded))
        {
            var raw = padded[position..separator.Index];
            var part = raw.Trim();
            var partStart = lineStart + group.Index + position + (raw.Length - raw.TrimStart().Length);
            position = separator.Index + separator.Length;
            if (part.Length == 0) continue;
            var span = new TextSpan(partStart, partStart + part.Length);
            if (WireNames.IsPersonName(part)) people.Add(new WireValue(part, span));
            else if (WireNames.Source(part) is { } name && source == null) source = new WireValue(name, span);
            else return null;
        }
        if (people.Count == 0 && source == null) return null;
        return editors ? new WireMetadata { Editors = people } : new WireMetadata { Bylines = people, Source = source };
    }
}
