namespace Dateline.Extraction.Times;

/// <summary>
/// Quotation spans found from the quote marks of the text: curly double quotes pair by direction, straight
/// double quotes by alternation. A small stand-in until the <c>quotes</c> layer exists.
/// </summary>
internal static class QuoteSpans
{
    /// <summary>The spans between matching double quotes, marks included, in text order.</summary>
    public static List<(int Start, int End)> Find(string text)
    {
        var spans = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u201C' || (c == '"' && open < 0))
            {
                open = i;
            }
            else if ((c == '\u201D' || c == '"') && open >= 0)
            {
                spans.Add((open, i + 1));
                open = -1;
            }
            else if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n' && open >= 0)
            {
                // A quotation left open at a paragraph end closes there (news style reopens it in the next paragraph).
                spans.Add((open, i));
                open = -1;
            }
        }
        return spans;
    }
}
