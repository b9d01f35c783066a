using Dateline.Documents;

namespace Dateline.Tests.Support;

/// <summary>
/// Builds documents for tests without the real segmenter: tokens are runs of letters, digits, dots inside
/// abbreviations and hyphens; every other non-space character is its own token, and a possessive <c>'s</c> is
/// one token. Each line of the text is one sentence.
/// </summary>
public static class HandTokenizedDocument
{
    /// <summary>A document with the sentence and token layers set.</summary>
    public static Document Create(string text)
    {
        var document = new Document(text);
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            var first = tokens.Count;
            Tokenize(line, lineStart, tokens);
            if (tokens.Count > first)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, tokens.Count - first));
            }
            lineStart += line.Length + 1;
        }
        document.Set(Layers.Tokens, tokens);
        document.Set(Layers.Sentences, sentences);
        return document;
    }

    /// <summary>The words of one line, split as <see cref="Create"/> splits them.</summary>
    public static string[] Words(string line)
    {
        var tokens = new List<Token>();
        Tokenize(line, 0, tokens);
        return [.. tokens.Select(t => line[t.Start..t.End])];
    }

    private static void Tokenize(string line, int offset, List<Token> tokens)
    {
        var i = 0;
        while (i < line.Length)
        {
            if (char.IsWhiteSpace(line[i])) { i++; continue; }
            var start = i;
            if (line[i] == '\'' && i + 1 < line.Length && line[i + 1] == 's') i += 2;
            else if (char.IsLetterOrDigit(line[i]))
            {
                while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] == '-'
                    || (line[i] == '.' && i + 1 < line.Length && char.IsLetter(line[i + 1]))))
                {
                    i++;
                }
            }
            else i++;
            tokens.Add(new Token(offset + start, offset + i));
        }
    }
}
