using System.Globalization;
using Dateline.Documents;

namespace Dateline.Nlp.Entities.Training;

/// <summary>
/// Reads Universal NER files (IOB2, tab-separated: index, token, tag, ...). <c>B-X</c> opens a name of type X;
/// <c>I-X</c> continues an open name of that type and otherwise opens one. PER, ORG and LOC map to the model types.
/// </summary>
internal static class UnerReader
{
    /// <summary>Reads every sentence of a file.</summary>
    public static List<NerExample> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads every sentence; each example's source is its <c># newdoc id</c>, or <paramref name="name"/> before the first.</summary>
    /// <exception cref="FormatException">A token line has fewer than three columns (E221).</exception>
    public static List<NerExample> Read(TextReader reader, string name)
    {
        var examples = new List<NerExample>();
        var words = new List<string>();
        var tags = new List<string>();
        string? line;
        var lineNumber = 0;
        var document = name;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.StartsWith("# newdoc id =", StringComparison.Ordinal))
            {
                Flush(examples, words, tags, document);
                document = line[13..].Trim();
                continue;
            }
            if (line.StartsWith('#')) continue;
            if (line.Length == 0)
            {
                Flush(examples, words, tags, document);
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 3) throw new FormatException($"E221: {name}:{lineNumber.ToString(CultureInfo.InvariantCulture)}: expected at least 3 tab-separated columns.");
            words.Add(cols[1]);
            tags.Add(cols[2]);
        }
        Flush(examples, words, tags, document);
        return examples;
    }

    /// <summary>Names from IOB2 tags.</summary>
    public static List<NamedSpan> SpansFromIob2(IReadOnlyList<string> tags)
    {
        var spans = new List<NamedSpan>();
        int start = -1;
        string openType = "";
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var type = tag.Length > 2 ? tag[2..] : "";
            var continues = start >= 0 && tag.StartsWith("I-", StringComparison.Ordinal) && type == openType;
            if (continues) continue;
            if (start >= 0 && MapType(openType) is { } mapped) spans.Add(new NamedSpan(start, i, mapped));
            start = -1;
            if (tag.StartsWith("B-", StringComparison.Ordinal) || tag.StartsWith("I-", StringComparison.Ordinal))
            {
                start = i;
                openType = type;
            }
        }
        return spans;
    }

    private static EntityType? MapType(string type) => type switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        _ => null,
    };

    private static void Flush(List<NerExample> examples, List<string> words, List<string> tags, string name)
    {
        if (words.Count == 0) return;
        examples.Add(new NerExample([.. words], SpansFromIob2(tags), name));
        words.Clear();
        tags.Clear();
    }
}
