using Dateline.Documents;
using Dateline.Extraction.Numbers;

namespace Dateline.Extraction.Quantities;

/// <summary>
/// Turns the numbers of each sentence into quantities: currency before or after, percent, unit or counted noun
/// after, modifiers and ranges for the bounds, and vague counts. Dates, years and clock times are left out.
/// </summary>
internal sealed partial class QuantityExtractor
{
    private static readonly Comparer<Quantity> ByStart = Comparer<Quantity>.Create((a, b) => a.Start.CompareTo(b.Start));

    private readonly NumberTokens _t;
    private readonly NumberScanner _scanner;
    private readonly PosTags? _tags;
    private readonly IReadOnlyList<string>? _lemmas;
    private readonly List<NumberMatch> _numbers = [];
    private int _first, _end, _sentence;

    private QuantityExtractor(Document document)
    {
        _t = new NumberTokens(document.Text, document.Get(Layers.Tokens));
        _scanner = new NumberScanner(_t);
        document.TryGet(Layers.Tags, out _tags);
        document.TryGet(Layers.Lemmas, out _lemmas);
    }

    /// <summary>The quantities of a document with sentences and tokens (tags and lemmas used when present).</summary>
    public static IReadOnlyList<Quantity> Extract(Document document)
    {
        var extractor = new QuantityExtractor(document);
        var output = new List<Quantity>();
        var sentences = document.Get(Layers.Sentences);
        for (var s = 0; s < sentences.Count; s++)
        {
            extractor.ExtractSentence(sentences[s], s, output);
        }
        return output.ToArray();
    }

    private void ExtractSentence(Sentence sentence, int index, List<Quantity> output)
    {
        _first = sentence.FirstToken;
        _end = sentence.EndToken;
        _sentence = index;
        _numbers.Clear();
        _scanner.Scan(_first, _end, _numbers);
        var sentenceStart = output.Count;
        var next = 0;
        for (var i = _first; i < _end; i++)
        {
            while (next < _numbers.Count && _numbers[next].EndToken <= i) next++;
            if (next < _numbers.Count && _numbers[next].FirstToken <= i) continue;
            if (VagueCounts.TryRead(_t, i, _end, out var vague))
            {
                output.Add(Vague(i, vague));
                i = vague.End - 1;
            }
        }
        var vagueEnd = output.Count;
        for (var k = 0; k < _numbers.Count; k++)
        {
            var quantity = Build(ref k);
            if (quantity != null) output.Add(quantity);
        }
        // Vague counts were added first; keep the layer in text order.
        if (vagueEnd > sentenceStart) output.Sort(sentenceStart, output.Count - sentenceStart, ByStart);
        MergeBounds(output, sentenceStart);
    }

    /// <summary>more than 100 and less than 300, at most 100 and at least 20: two one-sided bounds make one range.</summary>
    private void MergeBounds(List<Quantity> output, int from)
    {
        for (var k = from; k + 1 < output.Count; k++)
        {
            var a = output[k];
            var b = output[k + 1];
            var lower = a.Lower ?? b.Lower;
            var upper = a.Upper ?? b.Upper;
            var oneSided = (a.Lower == null) != (a.Upper == null) && (b.Lower == null) != (b.Upper == null) && (a.Lower == null) != (b.Lower == null);
            if (!oneSided || lower >= upper || a.Currency != b.Currency || !IsJoin(_t.Text.AsSpan(a.End, b.Start - a.End))) continue;
            output[k] = a with { End = b.End, Value = lower!.Value, Lower = lower, Upper = upper, Unit = a.Unit ?? b.Unit, Approximate = a.Approximate || b.Approximate };
            output.RemoveAt(k + 1);
        }
    }

    private static bool IsJoin(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        return trimmed is "and" or "but" or "," or ", and" or ", but";
    }

    private Quantity Vague(int i, VagueCount vague)
    {
        var start = i > _first && _t.IsWord(i, "few") ? i - 1 : i;
        var end = vague.End;
        var noun = CountedNoun.Find(_t, _tags, end, _end);
        var unit = noun >= 0 ? UnitOf(noun) : null;
        if (noun >= 0) end = noun + 1;
        return new Quantity(_t.Tokens[start].Start, _t.Tokens[end - 1].End, vague.Lower, vague.Lower, vague.Upper, true, unit, null, QuantityKind.Count, _sentence);
    }

    private string UnitOf(int token) =>
        _lemmas != null ? _lemmas[token].ToLowerInvariant() : _t.TextOf(token).ToString().ToLowerInvariant();
}
