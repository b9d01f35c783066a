using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>What the words around a quote say about its source.</summary>
/// <param name="Cue">The reporting verb or phrase.</param>
/// <param name="CueToken">The token of the cue's verb (or of "according").</param>
/// <param name="Speaker">The head token of the speaker phrase, or -1.</param>
/// <param name="SpeakerSpan">The speaker phrase (meaningful when <paramref name="Speaker"/> is not -1).</param>
/// <param name="Via">Outlets the statement came through.</param>
/// <param name="Medium">The channel, or null.</param>
internal sealed record Attribution(TextSpan Cue, int CueToken, int Speaker, TextSpan SpeakerSpan, IReadOnlyList<QuoteParty> Via, QuoteMedium? Medium);
