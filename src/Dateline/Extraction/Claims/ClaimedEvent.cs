using Dateline.Documents;
using Dateline.Extraction.Quotes;

namespace Dateline.Extraction.Claims;

/// <summary>The event a claim is about.</summary>
/// <param name="Cameo">The CAMEO code (<c>190</c>, <c>192</c>).</param>
/// <param name="Plover">The PLOVER event type (<c>ASSAULT</c>, <c>COERCE</c>).</param>
/// <param name="Lemma">The lemma that names the event (<c>attack</c>, <c>invade</c>, <c>invasion</c>).</param>
/// <param name="Trigger">The word naming the event.</param>
/// <param name="Actor">Who would carry it out (the subject of its clause), or null when the text does not say.</param>
public sealed record ClaimedEvent(string Cameo, string Plover, string Lemma, TextSpan Trigger, QuoteParty? Actor);
