namespace Dateline.Extraction.Claims;

/// <summary>The clause around an event word: where its modality, negation and holder are read.</summary>
/// <param name="Trigger">The token naming the event.</param>
/// <param name="Head">The head of the clause the event is predicated in (the trigger itself for a verb).</param>
/// <param name="Wrapper">A verb of intent governing the clause ("want to invade"), or -1.</param>
/// <param name="Reporter">A reporting verb inside the quote that governs the clause ("They tell us ..."), or -1.</param>
/// <param name="Modality">Asserted, predicted, possible or intended.</param>
/// <param name="Polarity">Positive or negative.</param>
internal sealed record ClaimClause(int Trigger, int Head, int Wrapper, int Reporter, ClaimModality Modality, ClaimPolarity Polarity)
{
    /// <summary>The clause's top: the wrapper when there is one, else the head.</summary>
    public int Top => Wrapper >= 0 ? Wrapper : Head;
}
