using System.Globalization;
using System.Xml.Linq;
using Dateline.Documents;

namespace Dateline.Extraction.Times.Evaluation;

/// <summary>
/// Reads MEANTIME NAF/CAT XML: <c>token</c> elements (with sentence numbers) and <c>TIMEX3</c> markables anchored
/// to tokens; the TIMEX3 with <c>functionInDocument="CREATION_TIME"</c> gives the document creation date.
/// TIMEX3s without tokens (empty markables used for relations) are not mentions and are left out.
/// </summary>
internal static class MeantimeReader
{
    public static MeantimeDocument Read(string path)
    {
        var root = XDocument.Load(path).Root ?? throw new InvalidDataException($"E701: {path} has no root element.");
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var ids = new Dictionary<string, int>();
        var sentences = new List<Sentence>();
        string? currentSentence = null;
        var sentenceStart = 0;
        foreach (var t in root.Elements("token"))
        {
            var sentence = (string?)t.Attribute("sentence");
            if (sentence != currentSentence && tokens.Count > 0) sentences.Add(Span(tokens, sentenceStart));
            if (sentence != currentSentence) sentenceStart = tokens.Count;
            currentSentence = sentence;
            if (text.Length > 0) text.Append(sentence != (string?)null && tokens.Count == sentenceStart && tokens.Count > 0 ? "\n" : " ");
            ids[(string)t.Attribute("t_id")!] = tokens.Count;
            tokens.Add(new Token(text.Length, text.Length + t.Value.Length));
            text.Append(t.Value);
        }
        if (tokens.Count > sentenceStart) sentences.Add(Span(tokens, sentenceStart));
        var sentenceOf = new int[tokens.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            for (var t = sentences[i].FirstToken; t < sentences[i].EndToken; t++) sentenceOf[t] = i;
        }
        var annotated = 0;
        foreach (var anchor in root.Descendants("token_anchor"))
        {
            annotated = Math.Max(annotated, sentenceOf[ids[(string)anchor.Attribute("t_id")!]] + 1);
        }
        var markables = root.Descendants("TIMEX3");
        DateOnly? dct = null;
        var gold = new List<GoldTime>();
        foreach (var m in markables)
        {
            var value = (string?)m.Attribute("value") ?? "";
            if ((string?)m.Attribute("functionInDocument") == "CREATION_TIME") dct = ParseDate(value);
            var anchors = m.Elements("token_anchor").Select(a => ids[(string)a.Attribute("t_id")!]).ToList();
            if (anchors.Count == 0) continue;
            gold.Add(new GoldTime(anchors.Min(), anchors.Max() + 1, (string?)m.Attribute("type") ?? "", value));
        }
        return new MeantimeDocument(Path.GetFileNameWithoutExtension(path), text.ToString(), [.. tokens], [.. sentences], dct, gold, annotated);
    }

    private static Sentence Span(List<Token> tokens, int first) =>
        new(tokens[first].Start, tokens[^1].End, first, tokens.Count - first);

    /// <summary>Creation dates are <c>yyyy-MM-dd</c>, in a few files <c>dd-MM-yyyy</c>.</summary>
    private static DateOnly? ParseDate(string value)
    {
        string[] formats = ["yyyy-MM-dd", "dd-MM-yyyy"];
        return DateOnly.TryParseExact(value.Length >= 10 ? value[..10] : value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
    }
}
