using System.Globalization;

namespace Dateline.Corpora;

/// <summary>Reads CoNLL-U files (UD treebanks, GUM) lazily, one sentence at a time.</summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of a file.</summary>
    /// <exception cref="FormatException">A line has the wrong number of columns; the message names the file and line.</exception>
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    /// <summary>Reads every sentence from a reader; <paramref name="name"/> is used in error messages.</summary>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name)
    {
        var words = new List<ConlluToken>();
        var multiword = new List<(int, int, string)>();
        var comments = new List<string>();
        string id = "", text = "";
        bool newDoc = false, newPar = false;
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence(id, text, [.. words], [.. multiword], [.. comments], newDoc, newPar);
                }
                words.Clear(); multiword.Clear(); comments.Clear();
                id = text = "";
                newDoc = newPar = false;
                continue;
            }
            if (line[0] == '#')
            {
                var comment = line[1..].Trim();
                comments.Add(comment);
                if (comment.StartsWith("sent_id =", StringComparison.Ordinal)) id = comment[9..].Trim();
                else if (comment.StartsWith("text =", StringComparison.Ordinal)) text = comment[6..].Trim();
                else if (comment.StartsWith("newdoc", StringComparison.Ordinal)) newDoc = true;
                else if (comment.StartsWith("newpar", StringComparison.Ordinal)) newPar = true;
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new FormatException($"{name}:{lineNumber}: expected 10 tab-separated columns, found {cols.Length}.");
            }
            if (cols[0].Contains('.')) continue; // empty node of the enhanced graph
            var dash = cols[0].IndexOf('-');
            if (dash > 0)
            {
                var first = int.Parse(cols[0].AsSpan(0, dash), CultureInfo.InvariantCulture) - 1;
                var last = int.Parse(cols[0].AsSpan(dash + 1), CultureInfo.InvariantCulture) - 1;
                multiword.Add((first, last, cols[1]));
                continue;
            }
            var head = cols[6] == "_" ? 0 : int.Parse(cols[6], CultureInfo.InvariantCulture);
            words.Add(new ConlluToken(cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[9]));
        }
        if (words.Count > 0)
        {
            yield return new ConlluSentence(id, text, [.. words], [.. multiword], [.. comments], newDoc, newPar);
        }
    }
}
