using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>
/// Reads PETRARCH XML (<c>&lt;Sentences&gt;&lt;Sentence date="yyyyMMdd" id="…" source="…"&gt;&lt;Text&gt;…</c>,
/// also inside a <c>&lt;Validation&gt;</c> root): one article per <c>Sentence</c> record, whatever its id. Records
/// are not grouped into stories: ids such as <c>AFP0808020840_1</c> hint at a story, but others (<c>GOLD_4</c>,
/// <c>DEMO-01</c>) do not, and PETRARCH itself codes sentence by sentence. The text is the <c>Text</c> element
/// with its hard line breaks and indentation collapsed to single spaces (they are layout, not content).
/// Real PETRARCH files often break XML's comment rule (<c>--</c> inside <c>&lt;!-- --&gt;</c>); when the input is
/// not well-formed, each <c>&lt;Sentence attr="…"…&gt;…&lt;/Sentence&gt;</c> record is found by pattern and parsed on
/// its own, so one broken record is one error and the others still load.
/// Metadata: <c>id</c> → id, <c>date</c> → published (midnight UTC), <c>source</c> → source. Origin:
/// <c>path#id</c>, or <c>path#sentence-N</c> when the record has no id.
/// </summary>
internal sealed class PetrarchReader : IArticleReader
{
    private static readonly Regex Record = new(
        @"<Sentence(?:\s+[\w:.\-]+\s*=\s*""[^""]*"")*\s*>[\s\S]*?</Sentence\s*>",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <inheritdoc />
    public IEnumerable<LoadOutcome> Read(string text, ReadContext context)
    {
        var document = XmlInput.Parse(text, out var error);
        if (document?.Root is { } root)
        {
            var sentences = root.DescendantsAndSelf().Where(e => e.Name.LocalName == "Sentence").ToList();
            if (sentences.Count == 0) return [context.Error(InputErrorCodes.Malformed, "the PETRARCH input has no <Sentence> records")];
            return sentences.Select((sentence, i) => ReadSentence(sentence, i + 1, context)).ToList();
        }
        var records = Record.Matches(text);
        if (records.Count == 0) return [context.Error(InputErrorCodes.Malformed, error ?? "the input has no root element")];
        return records.Select((record, i) => ReadRecord(record.Value, i + 1, context)).ToList();
    }

    private static readonly Regex Attribute = new(@"([A-Za-z_][A-Za-z0-9_.\-]*)\s*=\s*""([^""]*)""", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex TextElement = new(@"<Text\s*>(?<text>[\s\S]*?)</Text\s*>", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static LoadOutcome ReadRecord(string record, int number, ReadContext context)
    {
        var document = XmlInput.Parse(record, out var error);
        if (document?.Root is { } sentence) return ReadSentence(sentence, number, context);
        // Records carrying non-XML lines (UD-PETRARCH's <PLEvent {json}>) still have a plain <Text> element.
        var text = TextElement.Match(record);
        if (!text.Success || text.Groups["text"].Value.Contains('<'))
        {
            return context.Error(InputErrorCodes.Malformed, $"record {number.ToString(CultureInfo.InvariantCulture)}: {error}");
        }
        var openingTag = record[..(record.IndexOf('>') + 1)];
        var rebuilt = new XElement(
            "Sentence",
            Attribute.Matches(openingTag).DistinctBy(m => m.Groups[1].Value).Select(m => new XAttribute(m.Groups[1].Value, System.Net.WebUtility.HtmlDecode(m.Groups[2].Value))),
            new XElement("Text", System.Net.WebUtility.HtmlDecode(text.Groups["text"].Value)));
        return ReadSentence(rebuilt, number, context);
    }

    private static LoadOutcome ReadSentence(XElement sentence, int number, ReadContext context)
    {
        var id = NullIfBlank((string?)sentence.Attribute("id"));
        var origin = context.Path + "#" + (id ?? "sentence-" + number.ToString(CultureInfo.InvariantCulture));
        var metadata = new ArticleMetadata
        {
            Id = id,
            Published = DateParser.Parse((string?)sentence.Attribute("date")),
            Source = NullIfBlank((string?)sentence.Attribute("source")),
        };
        var body = XmlInput.Child(sentence, "Text")?.Value ?? "";
        return context.Finish(CollapseWhitespace(body), metadata, InputFormat.Petrarch, origin);
    }

    private static string CollapseWhitespace(string text)
    {
        var builder = new ParagraphBuilder();
        builder.Append(text);
        return builder.ToString();
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
