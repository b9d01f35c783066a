using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>
/// Finds metadata written into an article's text: the dateline (places, date, desk or agency), bylines and
/// credit lines. It looks at the first six and the last four non-blank lines only (where wire copy puts them),
/// so it is cheap on long articles. The dateline is read from the first of the first three non-blank, non-byline
/// lines that starts with one (see <see cref="DatelineParser"/> for the rule); bylines from whole lines at the
/// top or bottom (see <see cref="BylineParser"/>); a line that is only a desk or agency name
/// (<c>Jagran News Desk</c>, <c>PTI</c>) gives the source. The source is the dateline's desk or agency if any,
/// else the first byline's, else a line's of its own. Stateless and thread-safe.
/// </summary>
public sealed class WireMetadataExtractor
{
    private const int HeadLines = 6;
    private const int TailLines = 4;
    private const int DatelineCandidates = 3;
    private const int MaxLineLength = 300;

    /// <summary>The metadata found in <paramref name="text"/>; <see cref="WireMetadata.None"/> when there is none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public WireMetadata Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = NonBlankLines(text);
        var head = lines.Take(HeadLines).ToList();
        var tail = lines.Skip(Math.Max(HeadLines, lines.Count - TailLines)).ToList();

        var bylines = new List<WireValue>();
        var editors = new List<WireValue>();
        WireValue? bylineSource = null;
        WireValue? lineSource = null;
        WireMetadata? dateline = null;
        var candidates = 0;
        foreach (var (start, end) in head.Concat(tail))
        {
            var isHead = start <= head[^1].Start;
            if (end - start <= MaxLineLength && BylineParser.Parse(text, start, end) is { } credit)
            {
                bylines.AddRange(credit.Bylines.Where(b => !bylines.Any(x => x.Value == b.Value)));
                editors.AddRange(credit.Editors);
                bylineSource ??= credit.Source;
                continue;
            }
            if (end - start <= 60 && WireNames.Source(text[start..end]) is { } name)
            {
                lineSource ??= new WireValue(name, new TextSpan(start, end));
                continue;
            }
            if (isHead && dateline == null && candidates++ < DatelineCandidates) dateline = DatelineParser.Parse(text, start, end);
        }
        if (dateline == null && bylines.Count == 0 && editors.Count == 0 && bylineSource == null && lineSource == null) return WireMetadata.None;
        return (dateline ?? new WireMetadata()) with
        {
            Source = dateline?.Source ?? bylineSource ?? lineSource,
            Bylines = bylines,
            Editors = editors,
        };
    }

    /// <summary>The [start, end) of each line with content, trimmed of surrounding whitespace.</summary>
    private static List<(int Start, int End)> NonBlankLines(string text)
    {
        var lines = new List<(int, int)>();
        var position = 0;
        while (position < text.Length)
        {
            var newline = text.IndexOf('\n', position);
            var end = newline < 0 ? text.Length : newline;
            var start = position;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            var stop = end;
            while (stop > start && char.IsWhiteSpace(text[stop - 1])) stop--;
            if (stop > start) lines.Add((start, stop));
            position = end + 1;
        }
        return lines;
    }
}
