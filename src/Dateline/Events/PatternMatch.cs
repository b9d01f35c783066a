using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events;

/// <summary>A verb pattern that matched a clause: how specific it is and the words it bound to <c>$</c> and <c>+</c>.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Score">Specificity: literal words and synsets count most, symbols less.</param>
/// <param name="Source">The word bound to <c>$</c>, or -1.</param>
/// <param name="Target">The word bound to <c>+</c>, or -1.</param>
internal readonly record struct PatternMatch(VerbPattern Pattern, int Score, int Source, int Target);
