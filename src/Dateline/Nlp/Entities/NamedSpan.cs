using Dateline.Documents;

namespace Dateline.Nlp.Entities;

/// <summary>A typed name over a half-open range of token indices <c>[Start, End)</c> within one sentence.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index one past the last token.</param>
/// <param name="Type">The entity type.</param>
internal readonly record struct NamedSpan(int Start, int End, EntityType Type)
{
    /// <summary>Number of tokens covered.</summary>
    public int Length => End - Start;
}
