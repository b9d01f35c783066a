using Dateline.Documents;

namespace Dateline.Nlp.Entities;

/// <summary>The recognizer's accuracy on one data set.</summary>
/// <param name="DataSet">Name of the data set (<c>UNER EWT test</c>, <c>GUM test</c>).</param>
/// <param name="Sentences">Number of sentences.</param>
/// <param name="Tokens">Number of tokens.</param>
/// <param name="ByType">Counts for Person, Organization and Location.</param>
/// <param name="Micro">Counts over all three types.</param>
public sealed record NerEvaluation(string DataSet, int Sentences, int Tokens, IReadOnlyDictionary<EntityType, NerScore> ByType, NerScore Micro);
