using System.Text;
using Dateline.Documents;

namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>
/// Rebuilds readable text from MEANTIME's Penn-Treebank-style tokens: punctuation and clitics attach to their
/// neighbours, <c>``</c> and <c>''</c> become straight double quotes, and a single <c>'</c> opens or closes a
/// single quote (or marks a plural possessive after an <c>s</c>), and a straight <c>"</c> opens or closes a quote
/// in turn. The title and the date line (the first two
/// sentences) are each followed by a blank line; the body's sentences are joined by one space (the corpus keeps no
/// paragraph breaks).
/// </summary>
internal static class MeantimeDetokenizer
{
    private static readonly HashSet<string> AttachLeft = new(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", "%", ")", "]", "}", "?", "!", "''", "”", "’", "...",
        "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m",
    };

    private static readonly HashSet<string> AttachRight = new(StringComparer.Ordinal)
    {
        "(", "[", "{", "$", "US$", "#", "£", "€", "¥", "``", "“", "`",
    };

    /// <summary>Joins the tokens of <paramref name="source"/> (forms read from its text by token span).</summary>
    public static string Join(string source, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var text = new StringBuilder(source.Length);
        var glueNext = false;
        var singleOpen = false;
        var doubleOpen = false;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (s > 0) text.Append(s <= 2 ? "\n\n" : " ");
            glueNext = false;
            for (var t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
            {
                var form = source[tokens[t].Start..tokens[t].End];
                var first = t == sentences[s].FirstToken;
                var left = AttachLeft.Contains(form);
                var right = AttachRight.Contains(form);
                if (form == "'")
                {
                    var closes = singleOpen || (text.Length > 0 && text[^1] is 's' or 'S');
                    left = closes;
                    right = !closes;
                    singleOpen = !closes;
                }
                else if (form == "`") singleOpen = true;
                else if (form == "\"")
                {
                    left = doubleOpen;
                    right = !doubleOpen;
                    doubleOpen = !doubleOpen;
                }
                else if (form == "``") doubleOpen = true;
                else if (form == "''") doubleOpen = false;
                if (!first && !left && !glueNext) text.Append(' ');
                text.Append(Surface(form));
                glueNext = right;
            }
        }
        return text.ToString();
    }

    private static string Surface(string form) => form switch
    {
        "``" or "''" => "\"",
        "`" => "'",
        _ => form,
    };
}
