using Dateline.Corpora;

namespace Dateline.Nlp.Entities.Training;

/// <summary>
/// Parses GUM's CorefUD-style mention brackets from the MISC column: <c>Entity=(12-person-new-...-Charles_Bolden</c>
/// opens mention 12 on a word, <c>12)</c> closes it, and <c>(4-object-...)</c> opens and closes it on one word.
/// Fields follow <c># global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity</c>.
/// </summary>
internal static class GumEntityBrackets
{
    /// <summary>The mentions of one sentence, in the order they close.</summary>
    /// <exception cref="FormatException">A bracket closes a mention that is not open (E220); the message names the sentence.</exception>
    public static List<GumMention> Parse(ConlluSentence sentence)
    {
        var mentions = new List<GumMention>();
        var open = new List<(string Id, int First, string Type, string Identity)>();
        for (var w = 0; w < sentence.Words.Count; w++)
        {
            var value = EntityValue(sentence.Words[w].Misc);
            var pos = 0;
            while (pos < value.Length)
            {
                if (value[pos] == '(')
                {
                    var end = value.IndexOfAny(['(', ')'], pos + 1);
                    if (end < 0) end = value.Length;
                    var fields = value[(pos + 1)..end].Split('-', 8);
                    var identity = fields.Length >= 8 ? Uri.UnescapeDataString(fields[7]) : "";
                    var type = fields.Length >= 2 ? fields[1] : "";
                    if (end < value.Length && value[end] == ')')
                    {
                        mentions.Add(new GumMention(w, w, type, identity));
                        end++;
                    }
                    else
                    {
                        open.Add((fields[0], w, type, identity));
                    }
                    pos = end;
                    continue;
                }
                var close = value.IndexOf(')', pos);
                if (close < 0) break;
                var id = value[pos..close];
                var index = open.FindLastIndex(m => m.Id == id);
                if (index < 0)
                {
                    throw new FormatException($"E220: sentence '{sentence.Id}' closes entity {id}, which is not open.");
                }
                mentions.Add(new GumMention(open[index].First, w, open[index].Type, open[index].Identity));
                open.RemoveAt(index);
                pos = close + 1;
            }
        }
        return mentions;
    }

    private static string EntityValue(string misc)
    {
        foreach (var item in misc.Split('|'))
        {
            if (item.StartsWith("Entity=", StringComparison.Ordinal)) return item[7..];
        }
        return "";
    }
}
