namespace Dateline.Knowledge.Dictionaries;

/// <summary>An element of a verb pattern: a word, a symbol, a synset reference, or a group of elements.</summary>
/// <param name="Kind">What the element is.</param>
/// <param name="Text">The word or synset name (upper-case); null for symbols and groups.</param>
/// <param name="Children">The elements of a group; empty otherwise.</param>
/// <param name="JoinedToNext">True when <c>_</c> joins it to the next element: the two must be consecutive.</param>
public sealed record PatternElement(PatternElementKind Kind, string? Text, IReadOnlyList<PatternElement> Children, bool JoinedToNext = false)
{
    /// <summary>The element as it would be written in a pattern.</summary>
    public override string ToString()
    {
        var body = Kind switch
        {
            PatternElementKind.Source => "$",
            PatternElementKind.Target => "+",
            PatternElementKind.Verb => "*",
            PatternElementKind.Skip => "^",
            PatternElementKind.Compound => "%",
            PatternElementKind.PrepositionalPhrase => "(" + VerbPattern.Render(Children) + ")",
            PatternElementKind.NounPhrase => "{" + VerbPattern.Render(Children) + "}",
            _ => Text ?? "",
        };
        return body;
    }
}
