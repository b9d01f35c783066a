using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events;

/// <summary>A dictionary verb found at a word: the entry and the other words of a multi-word form (-1 when none).</summary>
/// <param name="Entry">The verb entry.</param>
/// <param name="Particles">Sentence words of the form other than the verb word.</param>
internal readonly record struct VerbMatch(VerbEntry Entry, int[] Particles);
