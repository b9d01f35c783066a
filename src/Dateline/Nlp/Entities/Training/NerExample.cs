namespace Dateline.Nlp.Entities.Training;

/// <summary>One annotated sentence for training or evaluation.</summary>
/// <param name="Words">The sentence's tokens.</param>
/// <param name="Spans">Gold names over token indices, not overlapping, in order.</param>
/// <param name="Source">Where it came from (document or file name), for messages.</param>
internal sealed record NerExample(IReadOnlyList<string> Words, IReadOnlyList<NamedSpan> Spans, string Source);
