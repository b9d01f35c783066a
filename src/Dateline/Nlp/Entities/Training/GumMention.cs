namespace Dateline.Nlp.Entities.Training;

/// <summary>An entity mention read from GUM's <c>Entity=</c> annotation.</summary>
/// <param name="First">Index of the first word (0-based, in the sentence).</param>
/// <param name="Last">Index of the last word.</param>
/// <param name="EntityType">GUM's entity type (<c>person</c>, <c>place</c>, <c>organization</c>, ...).</param>
/// <param name="Identity">The Wikipedia identity, or empty when none.</param>
internal sealed record GumMention(int First, int Last, string EntityType, string Identity);
