namespace Dateline.Events;

/// <summary>
/// An event the coder found in one sentence: its CAMEO code, source and target actors, the verb, modality and the
/// speaker it is attributed to. Word indices are sentence-local; spans come from <see cref="ParsedSentence"/>.
/// </summary>
/// <param name="Code">The CAMEO code, e.g. <c>0874</c>.</param>
/// <param name="Verb">The verb word.</param>
/// <param name="Source">The source actor.</param>
/// <param name="Target">The target actor.</param>
/// <param name="Modality">Negation, hypothetical, future, question.</param>
/// <param name="Speaker">The subject of the reporting verb the event is attributed to, or -1.</param>
/// <param name="EvidenceFirst">The first word of the evidence (the clause from actors to verb).</param>
/// <param name="EvidenceLast">The last word of the evidence.</param>
public sealed record CodedEvent(string Code, int Verb, ActorMention Source, ActorMention? Target, EventModality Modality, int Speaker, int EvidenceFirst, int EvidenceLast);
