using System.Collections.Immutable;
using Dateline.Documents;

namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>Scores predicted quotes against gold quotes of one article (see <see cref="QuoteScore"/> for the rules).</summary>
public static class QuoteScorer
{
    /// <summary>Scores one article; disagreements go to <paramref name="mismatches"/> when given.</summary>
    public static QuoteScore Score(string text, IReadOnlyList<QuoteLabel> gold, IReadOnlyList<PredictedQuote> predicted,
        ICollection<QuoteMismatch>? mismatches = null)
    {
        var pairs = Pair(gold, predicted);
        var contentExact = CountExactContent(text, gold, predicted);
        var contentOverlap = new MatchCounts(gold.Count, predicted.Count, pairs.Count, pairs.Count);
        int speakerExact = 0, speakerOverlap = 0, cueExact = 0, cueOverlap = 0, judged = 0, right = 0, kindAgreed = 0;
        int goldViaFound = 0, predictedViaFound = 0;
        foreach (var (g, p) in pairs)
        {
            var gq = gold[g];
            var pq = predicted[p];
            if (gq.Kind == pq.Kind) kindAgreed++;
            else mismatches?.Add(new QuoteMismatch("kind", gq, pq));
            if (gq.Speaker is { } speaker)
            {
                judged++;
                var overlap = SpeakerMatches(text, speaker, pq, exact: false);
                if (overlap) right++;
                else mismatches?.Add(new QuoteMismatch("speaker", gq, pq));
                if (pq.Speaker != null && overlap) speakerOverlap++;
                if (pq.Speaker != null && SpeakerMatches(text, speaker, pq, exact: true)) speakerExact++;
            }
            if (gq.Cue is { } cue && pq.Cue is { } pcue)
            {
                if (cue.Overlaps(pcue)) cueOverlap++;
                if (SameTrimmed(text, cue, pcue)) cueExact++;
            }
            if (gq.Cue is { } c && (pq.Cue is not { } pc || !c.Overlaps(pc))) mismatches?.Add(new QuoteMismatch("cue", gq, pq));
            goldViaFound += CountOverlapping(gq.Via, pq.Via);
            predictedViaFound += CountOverlapping(pq.Via, gq.Via);
        }
        AddUnpaired(gold, predicted, pairs, mismatches);
        var goldSpeakers = Count(gold, q => q.Speaker != null);
        var predictedSpeakers = Count(predicted, q => q.Speaker != null);
        var goldCues = Count(gold, q => q.Cue != null);
        var predictedCues = Count(predicted, q => q.Cue != null);
        return new QuoteScore(1, contentExact, contentOverlap,
            new MatchCounts(goldSpeakers, predictedSpeakers, speakerExact, speakerExact),
            new MatchCounts(goldSpeakers, predictedSpeakers, speakerOverlap, speakerOverlap),
            new MatchCounts(goldCues, predictedCues, cueExact, cueExact),
            new MatchCounts(goldCues, predictedCues, cueOverlap, cueOverlap),
            new MatchCounts(SumVia(gold), SumVia(predicted), goldViaFound, predictedViaFound),
            judged, right, kindAgreed, ByKind(gold, predicted, pairs));
    }

    /// <summary>One-to-one pairs (gold index, predicted index) by content overlap, largest overlap first.</summary>
    internal static List<(int Gold, int Predicted)> Pair(IReadOnlyList<QuoteLabel> gold, IReadOnlyList<PredictedQuote> predicted)
    {
        var candidates = new List<(int Overlap, int Gold, int Predicted)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var shared = Math.Min(gold[g].Content.End, predicted[p].Content.End) - Math.Max(gold[g].Content.Start, predicted[p].Content.Start);
                if (shared > 0) candidates.Add((shared, g, p));
            }
        }
        candidates.Sort((a, b) => a.Overlap != b.Overlap ? b.Overlap.CompareTo(a.Overlap)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));
        var goldUsed = new bool[gold.Count];
        var predictedUsed = new bool[predicted.Count];
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in candidates)
        {
            if (goldUsed[g] || predictedUsed[p]) continue;
            goldUsed[g] = predictedUsed[p] = true;
            pairs.Add((g, p));
        }
        pairs.Sort();
        return pairs;
    }

    /// <summary>Equal after trimming whitespace, quote marks and sentence punctuation at both ends.</summary>
    internal static bool SameTrimmed(string text, TextSpan a, TextSpan b) => Trim(text, a) == Trim(text, b);

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && IsTrimmed(text[start])) start++;
        while (end > start && IsTrimmed(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    private static bool IsTrimmed(char c) => char.IsWhiteSpace(c) || c is ',' or '.' or ';' or ':' or '!' or '?'
        or '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019';

    /// <summary>
    /// A speaker matches when its span (or a mention of its entity) matches the gold span, or names the same
    /// words elsewhere in the text: exactly the same words (ignoring case) at exact level, or one holding the
    /// other as whole words (<c>Valeska Paris</c> and <c>Paris</c>) at overlap level.
    /// </summary>
    private static bool SpeakerMatches(string text, TextSpan gold, PredictedQuote predicted, bool exact)
    {
        if (predicted.Speaker is { } speaker && SameSpeaker(text, gold, speaker, exact)) return true;
        foreach (var mention in predicted.SpeakerMentions)
        {
            if (SameSpeaker(text, gold, mention, exact)) return true;
        }
        return false;
    }

    private static bool SameSpeaker(string text, TextSpan gold, TextSpan predicted, bool exact)
    {
        if (exact ? SameTrimmed(text, gold, predicted) : gold.Overlaps(predicted)) return true;
        var g = Trim(text, gold);
        var p = Trim(text, predicted);
        var goldWords = text.AsSpan(g.Start, g.Length);
        var predictedWords = text.AsSpan(p.Start, p.Length);
        if (goldWords.Equals(predictedWords, StringComparison.OrdinalIgnoreCase)) return true;
        return !exact && (HoldsWords(goldWords, predictedWords) || HoldsWords(predictedWords, goldWords));
    }

    /// <summary>True when <paramref name="inner"/> occurs in <paramref name="outer"/> between word boundaries.</summary>
    internal static bool HoldsWords(ReadOnlySpan<char> outer, ReadOnlySpan<char> inner)
    {
        if (inner.Length == 0) return false;
        for (var from = 0; from + inner.Length <= outer.Length;)
        {
            var at = outer[from..].IndexOf(inner, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at += from;
            var end = at + inner.Length;
            if ((at == 0 || !char.IsLetterOrDigit(outer[at - 1])) && (end == outer.Length || !char.IsLetterOrDigit(outer[end]))) return true;
            from = at + 1;
        }
        return false;
    }

    private static MatchCounts CountExactContent(string text, IReadOnlyList<QuoteLabel> gold, IReadOnlyList<PredictedQuote> predicted)
    {
        var used = new bool[predicted.Count];
        var found = 0;
        foreach (var g in gold)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (used[p] || !SameTrimmed(text, g.Content, predicted[p].Content)) continue;
                used[p] = true;
                found++;
                break;
            }
        }
        return new MatchCounts(gold.Count, predicted.Count, found, found);
    }

    private static ImmutableSortedDictionary<string, MatchCounts> ByKind(IReadOnlyList<QuoteLabel> gold,
        IReadOnlyList<PredictedQuote> predicted, List<(int Gold, int Predicted)> pairs)
    {
        var counts = new SortedDictionary<string, MatchCounts>(StringComparer.Ordinal);
        foreach (var g in gold) Bump(counts, g.Kind, new MatchCounts(1, 0, 0, 0));
        foreach (var p in predicted) Bump(counts, p.Kind, new MatchCounts(0, 1, 0, 0));
        foreach (var (g, p) in pairs)
        {
            Bump(counts, gold[g].Kind, new MatchCounts(0, 0, 1, 0));
            Bump(counts, predicted[p].Kind, new MatchCounts(0, 0, 0, 1));
        }
        return counts.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    private static void Bump(SortedDictionary<string, MatchCounts> counts, string kind, MatchCounts add) =>
        counts[kind] = counts.TryGetValue(kind, out var have) ? have + add : add;

    private static void AddUnpaired(IReadOnlyList<QuoteLabel> gold, IReadOnlyList<PredictedQuote> predicted,
        List<(int Gold, int Predicted)> pairs, ICollection<QuoteMismatch>? mismatches)
    {
        if (mismatches == null) return;
        var goldPaired = new bool[gold.Count];
        var predictedPaired = new bool[predicted.Count];
        foreach (var (g, p) in pairs) goldPaired[g] = predictedPaired[p] = true;
        for (var g = 0; g < gold.Count; g++) if (!goldPaired[g]) mismatches.Add(new QuoteMismatch("missed", gold[g], null));
        for (var p = 0; p < predicted.Count; p++) if (!predictedPaired[p]) mismatches.Add(new QuoteMismatch("spurious", null, predicted[p]));
    }

    /// <summary>How many of <paramref name="spans"/> overlap one of <paramref name="others"/>.</summary>
    private static int CountOverlapping(IReadOnlyList<TextSpan> spans, IReadOnlyList<TextSpan> others)
    {
        var n = 0;
        foreach (var span in spans)
        {
            foreach (var other in others)
            {
                if (!span.Overlaps(other)) continue;
                n++;
                break;
            }
        }
        return n;
    }

    private static int SumVia(IReadOnlyList<QuoteLabel> quotes)
    {
        var n = 0;
        foreach (var q in quotes) n += q.Via.Count;
        return n;
    }

    private static int SumVia(IReadOnlyList<PredictedQuote> quotes)
    {
        var n = 0;
        foreach (var q in quotes) n += q.Via.Count;
        return n;
    }

    private static int Count<T>(IReadOnlyList<T> items, Func<T, bool> test)
    {
        var n = 0;
        foreach (var item in items) if (test(item)) n++;
        return n;
    }
}
