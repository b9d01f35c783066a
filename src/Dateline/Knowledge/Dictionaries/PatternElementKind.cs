namespace Dateline.Knowledge.Dictionaries;

/// <summary>The kinds of element in a verb pattern.</summary>
public enum PatternElementKind
{
    /// <summary>A literal word, e.g. <c>TALKS</c>.</summary>
    Word,

    /// <summary><c>$</c>: the source actor.</summary>
    Source,

    /// <summary><c>+</c>: the target actor.</summary>
    Target,

    /// <summary><c>*</c>: the verb itself.</summary>
    Verb,

    /// <summary><c>^</c>: skip a noun phrase.</summary>
    Skip,

    /// <summary><c>%</c>: a compound actor (the source and target are both in the phrase).</summary>
    Compound,

    /// <summary><c>&amp;NAME</c>: any phrase of a synset.</summary>
    Synset,

    /// <summary><c>( ... )</c>: a prepositional phrase, its first word the preposition.</summary>
    PrepositionalPhrase,

    /// <summary><c>{ ... }</c>: a noun phrase, its last word the head.</summary>
    NounPhrase,
}
