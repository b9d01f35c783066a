using Dateline.Documents;

namespace Dateline.Extraction.Times;

/// <summary>
/// The speech-act date rule: an expression inside a quotation resolves against the date of the speech act
/// when the attribution gives one — a day-precise time expression next to a speech verb in the attribution
/// clause, which is the rest of the sentence after the closing mark or the start of the sentence before the
/// opening mark (<c>"We will meet tomorrow," she said on Monday.</c>: tomorrow is the Tuesday after that
/// Monday). Quotations are found from the quote marks (<see cref="QuoteSpans"/>).
/// </summary>
internal static class SpeechActDates
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "announced", "wrote", "writes", "tweeted",
        "declared", "warned", "insisted", "explained", "noted", "claimed", "asked", "replied", "urged", "posted", "remarked",
    };

    /// <summary>Each quotation that has a speech-act date, with that date.</summary>
    public static List<(int Start, int End, DateOnly Date)> Find(string text, IReadOnlyList<Sentence> sentences,
        List<FoundTime> found, TenseFinder tense, DateOnly? published)
    {
        var result = new List<(int, int, DateOnly)>();
        var quotes = QuoteSpans.Find(text);
        foreach (var (start, end) in quotes)
        {
            foreach (var f in found)
            {
                if (!InAttribution(text, sentences, start, end, f) || Inside(quotes, f)) continue;
                var resolved = TimeResolver.Resolve(f.Spec, published, tense.Find(sentences[f.Sentence], f.FirstToken, f.EndToken));
                if (resolved.Type == TimeType.Date && resolved.Anchored
                    && DateOnly.TryParseExact(resolved.Value, "yyyy-MM-dd", out var date))
                {
                    result.Add((start, end, date));
                    break;
                }
            }
        }
        return result;
    }

    /// <summary>The speech-act date for an expression inside a quotation, or null.</summary>
    public static DateOnly? AnchorFor(List<(int Start, int End, DateOnly Date)> quoteAnchors, FoundTime f)
    {
        foreach (var (start, end, date) in quoteAnchors)
        {
            if (f.Start >= start && f.End <= end) return date;
        }
        return null;
    }

    private static bool Inside(List<(int Start, int End)> quotes, FoundTime f)
    {
        foreach (var (start, end) in quotes)
        {
            if (f.Start >= start && f.End <= end) return true;
        }
        return false;
    }

    private static bool InAttribution(string text, IReadOnlyList<Sentence> sentences, int quoteStart, int quoteEnd, FoundTime f)
    {
        var sentence = sentences[f.Sentence];
        if (f.Start >= quoteEnd && sentence.Start < quoteEnd + 3 && sentence.End > quoteEnd)
        {
            return HasSpeechVerb(text, quoteEnd, Math.Min(sentence.End, quoteEnd + 200));
        }
        if (f.End <= quoteStart && sentence.End >= quoteStart && sentence.Start <= quoteStart)
        {
            return HasSpeechVerb(text, sentence.Start, quoteStart);
        }
        return false;
    }

    private static bool HasSpeechVerb(string text, int start, int end)
    {
        var lookup = SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetter(text[i])) i++;
            var w = i;
            while (i < end && char.IsLetter(text[i])) i++;
            if (i > w && lookup.Contains(text.AsSpan(w, i - w))) return true;
        }
        return false;
    }
}
