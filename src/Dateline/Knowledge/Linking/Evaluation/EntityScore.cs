namespace Dateline.Knowledge.Linking.Evaluation;

/// <summary>The entity figures on MEANTIME: the recognizer's entities and the linked entities.</summary>
/// <param name="Documents">Articles read.</param>
/// <param name="Recognizer">Mentions and clusters of the <c>entities</c> layer (before linking).</param>
/// <param name="Linked">Mentions and clusters after linking (merged entities, recovered mentions).</param>
public sealed record EntityScore(int Documents, MentionScore Recognizer, MentionScore Linked);
