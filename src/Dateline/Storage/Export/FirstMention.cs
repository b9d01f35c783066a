namespace Dateline.Storage.Export;

/// <summary>The first report of a merged event (its lowest mention id): where a row's SOURCEURL and source reference come from.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Sentence">Sentence index in the article.</param>
/// <param name="EvidenceStart">Evidence start offset.</param>
/// <param name="EvidenceEnd">Evidence end offset.</param>
/// <param name="InLead">True when any mention of the event is in an article's first sentence (GDELT's IsRootEvent).</param>
internal readonly record struct FirstMention(long ArticleId, int? Sentence, int EvidenceStart, int EvidenceEnd, bool InLead);
