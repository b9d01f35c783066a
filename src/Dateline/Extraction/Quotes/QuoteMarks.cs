using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>
/// Pairs quotation marks in a text. Curly marks pair by direction; straight double marks by alternation;
/// single marks (straight or curly) only where the letters around them show an opening or a closing, so
/// apostrophes (<c>don't</c>, <c>Zelenskiy's</c>) are never taken for marks. A double quotation left open
/// at a paragraph end continues when the next paragraph opens with a mark (news style for long quotes),
/// else it closes there.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>The quoted spans in order of their opening marks.</summary>
    public static List<QuotedSpan> Find(string text)
    {
        var spans = new List<QuotedSpan>();
        int openDouble = -1, openSingle = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && openDouble >= 0 && !IsParagraphBreak(text, i))
            {
                var next = NextNonSpace(text, i);
                if (next < text.Length && IsOpeningDouble(text[next])) i = next; // a paragraph per line, reopened
                continue;
            }
            if (c == '\n' && IsParagraphBreak(text, i))
            {
                var next = NextNonSpace(text, i);
                if (openDouble >= 0 && next < text.Length && IsOpeningDouble(text[next]))
                {
                    i = next; // the quotation continues in the next paragraph
                    continue;
                }
                if (openDouble >= 0) spans.Add(Make(text, openDouble, TrimEnd(text, i), single: false, nested: false));
                openDouble = openSingle = -1;
                continue;
            }
            if (c is '\u201C' or '\u201D' or '"' or '\u00AB' or '\u00BB')
            {
                var opens = c switch
                {
                    '\u201C' => openDouble < 0 || !LooksClosing(text, i), // a closing mark typed as an opening one
                    '\u00AB' => true,
                    '"' => StraightOpens(text, i, openDouble >= 0),
                    _ => false,
                };
                if (opens) { openDouble = i; openSingle = -1; }
                else if (openDouble >= 0)
                {
                    spans.Add(Make(text, openDouble, i + 1, single: false, nested: false));
                    openDouble = openSingle = -1;
                }
                continue;
            }
            if (c is '\'' or '\u2018' or '\u2019')
            {
                if (openSingle < 0 && OpensSingle(text, i)) openSingle = i;
                else if (openSingle >= 0 && ClosesSingle(text, i))
                {
                    spans.Add(Make(text, openSingle, i + 1, single: true, nested: openDouble >= 0));
                    openSingle = -1;
                }
            }
        }
        if (openDouble >= 0) spans.Add(Make(text, openDouble, TrimEnd(text, text.Length), single: false, nested: false));
        spans.Sort((a, b) => a.Open.CompareTo(b.Open));
        return spans;
    }

    private static QuotedSpan Make(string text, int open, int close, bool single, bool nested)
    {
        var start = open + 1;
        var end = close > start && IsMark(text[close - 1]) ? close - 1 : close;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',')) end--;
        end = Math.Max(end, start);
        return new QuotedSpan(open, close, new TextSpan(start, end), single, nested);
    }

    /// <summary>
    /// A straight double mark opens when the letters around it say so (space before, a word after), closes when
    /// they say that (a word before, space or punctuation after), and otherwise alternates.
    /// </summary>
    private static bool StraightOpens(string text, int i, bool open)
    {
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        var looksOpening = (char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or ':') && !char.IsWhiteSpace(after);
        var looksClosing = !char.IsWhiteSpace(before) && before is not ('(' or '[') && (char.IsWhiteSpace(after) || char.IsPunctuation(after));
        if (looksOpening != looksClosing) return looksOpening;
        return !open;
    }

    private static bool LooksClosing(string text, int i)
    {
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after));
    }

    private static bool IsMark(char c) => c is '"' or '\u201C' or '\u201D' or '\'' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';

    private static bool IsOpeningDouble(char c) => c is '"' or '\u201C' or '\u00AB';

    private static bool OpensSingle(string text, int i)
    {
        if (text[i] == '\u2019') return false;
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '"' or '\u201C' or '\u2014' or '-')
            && char.IsLetterOrDigit(after);
    }

    private static bool ClosesSingle(string text, int i)
    {
        if (text[i] == '\u2018') return false;
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after);
    }

    private static bool IsParagraphBreak(string text, int i)
    {
        for (var j = i + 1; j < text.Length && text[j] != '\n'; j++)
        {
            if (!char.IsWhiteSpace(text[j])) return false;
        }
        return i + 1 < text.Length;
    }

    private static int NextNonSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
