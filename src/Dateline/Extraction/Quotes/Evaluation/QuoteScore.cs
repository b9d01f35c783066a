using System.Collections.Immutable;

namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>
/// Quote-extraction figures over one or more articles. Predicted and gold quotes are paired one-to-one by content
/// overlap (largest overlap first); speaker and cue are judged on those pairs. "Exact" compares spans after trimming
/// whitespace, quote marks and <c>, . ; : ! ?</c> at both ends; "overlap" needs one shared character. A speaker also
/// matches when it names the labelled speaker elsewhere in the text: the same words (exact), or one name holding the
/// other as whole words (overlap), since a labelled set marks one of several equivalent mentions.
/// </summary>
/// <param name="Documents">Articles scored.</param>
/// <param name="ContentExact">Content spans at exact match.</param>
/// <param name="ContentOverlap">Content spans at overlap match (the pairing).</param>
/// <param name="SpeakerExact">Speakers: gold quotes with a speaker, predictions with a speaker, right at exact match on paired quotes.</param>
/// <param name="SpeakerOverlap">The same at overlap match.</param>
/// <param name="CueExact">Cues at exact match on paired quotes.</param>
/// <param name="CueOverlap">Cues at overlap match on paired quotes.</param>
/// <param name="ViaOverlap">Via outlets (each span counted): gold spans overlapped by a via of the paired prediction.</param>
/// <param name="SpeakerJudged">Paired quotes whose gold has a speaker.</param>
/// <param name="SpeakerRight">Of those, the ones whose predicted speaker (or a mention of its entity) overlaps the gold speaker.</param>
/// <param name="KindAgreed">Paired quotes whose kinds agree.</param>
/// <param name="ByKind">Content at overlap match by kind: gold counted by gold kind, predictions by predicted kind.</param>
public sealed record QuoteScore(int Documents, MatchCounts ContentExact, MatchCounts ContentOverlap,
    MatchCounts SpeakerExact, MatchCounts SpeakerOverlap, MatchCounts CueExact, MatchCounts CueOverlap, MatchCounts ViaOverlap,
    int SpeakerJudged, int SpeakerRight, int KindAgreed, ImmutableSortedDictionary<string, MatchCounts> ByKind)
{
    /// <summary>No articles.</summary>
    public static readonly QuoteScore Empty = new(0, default, default, default, default, default, default, default, 0, 0, 0,
        ImmutableSortedDictionary<string, MatchCounts>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>Speaker accuracy on found quotes: <see cref="SpeakerRight"/> / <see cref="SpeakerJudged"/>.</summary>
    public double SpeakerAccuracy => SpeakerJudged == 0 ? 0 : (double)SpeakerRight / SpeakerJudged;

    /// <summary>Recall of gold direct quotes at overlap match.</summary>
    public double DirectRecall => ByKind.TryGetValue("direct", out var direct) ? direct.Recall : 0;

    /// <summary>Adds the figures of two sets of articles.</summary>
    public static QuoteScore operator +(QuoteScore a, QuoteScore b)
    {
        var byKind = a.ByKind;
        foreach (var (kind, counts) in b.ByKind)
        {
            byKind = byKind.SetItem(kind, byKind.TryGetValue(kind, out var have) ? have + counts : counts);
        }
        return new QuoteScore(a.Documents + b.Documents, a.ContentExact + b.ContentExact, a.ContentOverlap + b.ContentOverlap,
            a.SpeakerExact + b.SpeakerExact, a.SpeakerOverlap + b.SpeakerOverlap, a.CueExact + b.CueExact, a.CueOverlap + b.CueOverlap,
            a.ViaOverlap + b.ViaOverlap, a.SpeakerJudged + b.SpeakerJudged, a.SpeakerRight + b.SpeakerRight, a.KindAgreed + b.KindAgreed, byKind);
    }
}
