using System.Xml.Linq;
using Dateline.Extraction.Times.Evaluation;

namespace Dateline.Knowledge.Linking.Evaluation;

/// <summary>
/// Reads the entity annotation of a MEANTIME CAT XML file: <c>ENTITY_MENTION</c>s, their <c>REFERS_TO</c> entity and
/// its <c>ent_type</c>. Names are the mentions with <c>syntactic_type</c> <c>NAM</c> or <c>PRE.NAM</c>. MEANTIME marks a
/// name with its modifiers (<c>Airbus parent EADS</c>, <c>the United States Air Force ( USAF</c>) and marks the names
/// inside too; only the innermost names (containing no other) are kept, without a leading <c>the</c>, so that a
/// mention is the name itself. Other mentions (<c>NOM</c>, <c>APP</c>, ...) are kept as not named.
/// Text, tokens and sentences come from <see cref="MeantimeReader"/>.
/// </summary>
internal static class MeantimeEntityReader
{
    public static MeantimeEntityDocument Read(string path)
    {
        var basic = MeantimeReader.Read(path);
        var root = XDocument.Load(path).Root ?? throw new InvalidDataException($"E701: {path} has no root element.");
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in root.Elements("token")) ids[(string)token.Attribute("t_id")!] = ids.Count;
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in root.Descendants("ENTITY")) types[(string)entity.Attribute("m_id")!] = (string?)entity.Attribute("ent_type") ?? "";
        var refersTo = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relation in root.Descendants("REFERS_TO"))
        {
            var target = (string?)relation.Element("target")?.Attribute("m_id");
            if (target is null) continue;
            foreach (var source in relation.Elements("source")) refersTo[(string)source.Attribute("m_id")!] = target;
        }
        var named = new List<GoldMention>();
        foreach (var mention in root.Descendants("ENTITY_MENTION"))
        {
            var isName = (string?)mention.Attribute("syntactic_type") is "NAM" or "PRE.NAM";
            var anchors = mention.Elements("token_anchor").Select(a => ids[(string)a.Attribute("t_id")!]).ToList();
            if (anchors.Count == 0) continue;
            var entity = refersTo.GetValueOrDefault((string)mention.Attribute("m_id")!);
            var type = entity is null ? null : types.GetValueOrDefault(entity);
            var first = anchors.Min();
            if (first < anchors.Max() && basic.Text.AsSpan(basic.Tokens[first].Start, basic.Tokens[first].End - basic.Tokens[first].Start).Equals("the", StringComparison.OrdinalIgnoreCase)) first++;
            named.Add(new GoldMention(first, anchors.Max() + 1, entity, type, isName));
        }
        var innermost = named.Where(m => !m.Named || !named.Any(other => other.Named && m.Contains(other))).Distinct().ToList();
        return new MeantimeEntityDocument(basic.Name, basic.Text, basic.Tokens, basic.Sentences, basic.CreationDate, innermost, basic.AnnotatedSentences);
    }
}
