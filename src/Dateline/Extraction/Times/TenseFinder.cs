using Dateline.Documents;

namespace Dateline.Extraction.Times;

/// <summary>
/// Finds the tense of the clause around a time expression: the nearest finite verb in the sentence
/// (left first at equal distance). With the <c>tags</c> layer it reads PTB XPOS (VBD/VBN past; MD
/// <c>will</c>/<c>shall</c> and <c>going to</c> future; VBZ/VBP present); without it, a small word list.
/// </summary>
internal sealed class TenseFinder(string text, IReadOnlyList<Token> tokens, PosTags? tags)
{
    /// <summary>The tense for an expression covering tokens <c>[first, end)</c> of <paramref name="sentence"/>.</summary>
    public Tense Find(Sentence sentence, int first, int end)
    {
        for (var d = 1; d < sentence.TokenCount; d++)
        {
            var left = first - d;
            if (left >= sentence.FirstToken && Classify(left, sentence) is var l && l != Verdict.None) return ToTense(l);
            var right = end - 1 + d;
            if (right < sentence.EndToken && Classify(right, sentence) is var r && r != Verdict.None) return ToTense(r);
            if (left < sentence.FirstToken && right >= sentence.EndToken) break;
        }
        return Tense.Unknown;
    }

    private enum Verdict { None, Past, Future, Present }

    private static Tense ToTense(Verdict v) => v switch
    {
        Verdict.Past => Tense.Past,
        Verdict.Future => Tense.Future,
        _ => Tense.Unknown,
    };

    private ReadOnlySpan<char> Word(int i) => text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);

    private bool WordIs(int i, Sentence s, string w) =>
        i >= s.FirstToken && i < s.EndToken && Word(i).Equals(w, StringComparison.OrdinalIgnoreCase);

    private bool IsFutureModal(int i) =>
        Word(i).Equals("will", StringComparison.OrdinalIgnoreCase) || Word(i).Equals("shall", StringComparison.OrdinalIgnoreCase)
        || Word(i).Equals("'ll", StringComparison.OrdinalIgnoreCase) || Word(i).Equals("wo", StringComparison.OrdinalIgnoreCase);

    private Verdict Classify(int i, Sentence s) =>
        IsScheduled(i, s) ? Verdict.Future : tags != null ? ClassifyTagged(i, s) : ClassifyLexical(i, s);

    private static readonly HashSet<string> ScheduleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "scheduled", "expected", "planned", "slated", "due", "set", "poised", "preparing",
    };

    /// <summary><c>scheduled for</c>, <c>expected to</c>, <c>due on</c>: the event lies ahead whatever the verb's form.</summary>
    private bool IsScheduled(int i, Sentence s) =>
        ScheduleWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(i))
        && (WordIs(i + 1, s, "to") || WordIs(i + 1, s, "for") || WordIs(i + 1, s, "on"));

    private Verdict ClassifyTagged(int i, Sentence s)
    {
        var x = tags!.Xpos[i];
        switch (x)
        {
            case "MD": return IsFutureModal(i) ? Verdict.Future : Verdict.Present;
            case "VBD": return Verdict.Past;
            case "VBN": return HasFutureBefore(i, s) ? Verdict.Future : Verdict.Past;
            case "VBZ" or "VBP": return Verdict.Present;
            case "VBG": return WordIs(i, s, "going") && WordIs(i + 1, s, "to") ? Verdict.Future : Verdict.None;
            case "VB": return HasFutureBefore(i, s) ? Verdict.Future : Verdict.None;
            default: return Verdict.None;
        }
    }

    private bool HasFutureBefore(int i, Sentence s)
    {
        for (var j = i - 1; j >= s.FirstToken && j >= i - 3; j--)
        {
            if (IsFutureModal(j)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> PastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "said", "told", "made", "took", "met", "went", "came", "gave", "held", "began",
        "saw", "left", "got", "won", "lost", "spoke", "wrote", "sent", "brought", "fell", "rose", "hit", "put", "set", "led",
        "ran", "paid", "sold", "bought", "flew", "struck", "fought", "thought", "felt", "kept", "became", "knew", "broke",
    };

    private static readonly HashSet<string> PresentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "am", "has", "have", "does", "do", "says", "say", "'s", "'re",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Past = PastWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Present = PresentWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private Verdict ClassifyLexical(int i, Sentence s)
    {
        var w = Word(i);
        if (IsFutureModal(i)) return Verdict.Future;
        if (WordIs(i, s, "going") && WordIs(i + 1, s, "to")) return Verdict.Future;
        if (Past.Contains(w)) return Verdict.Past;
        if (Present.Contains(w)) return Verdict.Present;
        var edVerb = w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsAsciiLetterLower(w[0])
            && !(i > s.FirstToken && IsDeterminer(i - 1));
        return edVerb ? Verdict.Past : Verdict.None;
    }

    private bool IsDeterminer(int i) =>
        Word(i).Equals("the", StringComparison.OrdinalIgnoreCase) || Word(i).Equals("a", StringComparison.OrdinalIgnoreCase)
        || Word(i).Equals("an", StringComparison.OrdinalIgnoreCase);
}
