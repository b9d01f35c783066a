using Dateline.Storage.Reading;

namespace Dateline.Storage.Export;

/// <summary>
/// GDELT's per-mention Confidence (10 to 100): how firmly the article states the coded event, from what the store
/// keeps of the mention. 100 is an event told as a fact with its source (and its target, when it has one) written
/// in the text; each weakness takes points off, down to GDELT's floor of 10. A rule of thumb, not a calibrated
/// probability; docs/EXPORTS.md lists the rules.
/// </summary>
internal static class MentionConfidence
{
    /// <summary>The highest score: a stated fact with its actors written.</summary>
    public const int Full = 100;

    /// <summary>GDELT's lowest score.</summary>
    public const int Floor = 10;

    /// <summary>An actor the coder took from elsewhere than the words of the sentence (no offset in the text).</summary>
    public const int ActorNotWritten = 30;

    /// <summary>Reported by a speaker ("X said ...") rather than told by the article.</summary>
    public const int Reported = 10;

    /// <summary>Announced or intended, not done yet.</summary>
    public const int FutureEvent = 20;

    /// <summary>Conditional or possible, or asked about.</summary>
    public const int Uncertain = 40;

    /// <summary>Stated as not happening.</summary>
    public const int NegatedEvent = 50;

    /// <summary>The score of a mention.</summary>
    public static int Of(StoredEventMention m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var score = Full;
        if (m.SourceStart is null) score -= ActorNotWritten;
        if (m.TargetText is not null && m.TargetStart is null) score -= ActorNotWritten;
        if (m.Speaker is not null) score -= Reported;
        if (m.Future) score -= FutureEvent;
        if (m.Hypothetical || m.Question) score -= Uncertain;
        if (m.Negated) score -= NegatedEvent;
        return Math.Max(Floor, score);
    }
}
