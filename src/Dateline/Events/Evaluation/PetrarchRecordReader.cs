using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Dateline.Events.Evaluation;

/// <summary>
/// Reads PETRARCH record files (<c>PETR.UnitTest.records.xml</c>, UD-PETRARCH's <c>PETR_Validate_records_2_02.xml</c>,
/// <c>GigaWord.sample.PETR.xml</c>): each <c>&lt;Sentence&gt;</c> with its id, category, date, text, CoNLL-U
/// <c>&lt;Parse&gt;</c> (when the parse is CoNLL-U rather than a Penn tree) and <c>&lt;EventCoding&gt;</c> lines.
/// Records of categories the file's <c>&lt;Include&gt;</c> list leaves out are read as not scored.
/// </summary>
public static class PetrarchRecordReader
{
    /// <summary>Reads every record of a file.</summary>
    /// <exception cref="FormatException">A record is not well-formed XML or lacks its text; the message names the file and line.</exception>
    public static IReadOnlyList<PetrarchRecord> ReadFile(string path)
    {
        // The files are not well-formed XML as a whole (comments hold "--" and nested comments), so each record,
        // a <Sentence> element starting a line, is cut out and read alone, its comments blanked.
        var text = File.ReadAllText(path);
        var include = IncludedCategories(text);
        var records = new List<PetrarchRecord>();
        var at = 0;
        while ((at = text.IndexOf("<Sentence", at, StringComparison.Ordinal)) >= 0)
        {
            if (at > 0 && text[at - 1] != '\n' || at + 9 >= text.Length || !char.IsWhiteSpace(text[at + 9]))
            {
                at += 9;
                continue;
            }
            var end = text.IndexOf("</Sentence>", at, StringComparison.Ordinal);
            if (end < 0) throw new FormatException($"{path}:{LineOf(text, at)}: <Sentence> without </Sentence>.");
            end += "</Sentence>".Length;
            var line = LineOf(text, at);
            XElement element;
            try
            {
                element = XElement.Parse(WithoutComments(text[at..end]));
            }
            catch (XmlException e)
            {
                throw new FormatException($"{path}:{line + e.LineNumber - 1}: {e.Message}", e);
            }
            var record = Read(element, path, line);
            if (include is not null && !include.Contains(record.Category)) record = record with { Scored = false };
            records.Add(record);
            at = end;
        }
        return records;
    }

    private static HashSet<string>? IncludedCategories(string text)
    {
        var open = text.IndexOf("<Include>", StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf("</Include>", open, StringComparison.Ordinal);
        if (close < 0) return null;
        return text[(open + 9)..close].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }

    private static int LineOf(string text, int offset) => text.AsSpan(0, offset).Count('\n') + 1;

    private static PetrarchRecord Read(XElement sentence, string path, int line)
    {
        var id = ((string?)sentence.Attribute("id"))?.Trim() ?? $"line-{line}";
        var category = ((string?)sentence.Attribute("category"))?.Trim() ?? "";
        var text = sentence.Element("Text")?.Value ?? throw new FormatException($"{path}:{line}: record {id} has no <Text>.");
        var parse = sentence.Element("Parse")?.Value;
        if (parse is not null && !parse.Contains('\t')) parse = null;
        var scored = !string.Equals((string?)sentence.Attribute("evaluate"), "false", StringComparison.OrdinalIgnoreCase);
        var gold = new List<GoldEvent>();
        foreach (var coding in sentence.Elements("EventCoding"))
        {
            if (coding.Attribute("error") is not null) scored = false;
            var code = (string?)coding.Attribute("eventcode");
            if (code is null) continue;
            gold.Add(new GoldEvent(code.Trim(), ((string?)coding.Attribute("sourcecode") ?? "---").Trim(), ((string?)coding.Attribute("targetcode") ?? "---").Trim()));
        }
        return new PetrarchRecord(id, category, ParseDate((string?)sentence.Attribute("date")), Normalize(text), parse, scored, gold);
    }

    private static string WithoutComments(string text)
    {
        var chars = text.ToCharArray();
        var at = 0;
        while ((at = text.IndexOf("<!--", at, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf("-->", at + 4, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end + 3;
            for (var i = at; i < end; i++)
            {
                if (chars[i] != '\n') chars[i] = ' ';
            }
            at = end;
        }
        // <PLEvent {json}> lines (PLOVER notes in UD-PETRARCH) are not XML either.
        at = 0;
        while ((at = text.IndexOf("<PLEvent", at, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf('\n', at);
            end = end < 0 ? text.Length : end;
            for (var i = at; i < end; i++) chars[i] = ' ';
            at = end;
        }
        return new string(chars);
    }

    private static DateOnly ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : new DateOnly(2000, 1, 1);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
