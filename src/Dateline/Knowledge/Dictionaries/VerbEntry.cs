namespace Dateline.Knowledge.Dictionaries;

/// <summary>A verb of a verb block: its forms (the primary form first), the code it gives alone and the block holding its patterns.</summary>
/// <param name="Forms">The primary form then the inflected forms (given in <c>{...}</c> or generated).</param>
/// <param name="Code">The verb's own code, or the block's code.</param>
/// <param name="HasOwnCode">True when the verb line carried its own <c>[code]</c>.</param>
/// <param name="BlockIndex">The index of its block in <see cref="VerbDictionary.Blocks"/>.</param>
/// <param name="Line">The line of the verb.</param>
public sealed record VerbEntry(IReadOnlyList<VerbForm> Forms, VerbCode Code, bool HasOwnCode, int BlockIndex, int Line)
{
    /// <summary>The primary form, e.g. <c>BRING OUT</c>.</summary>
    public VerbForm Primary => Forms[0];

    /// <summary>The verb word of the primary form (its lemma), e.g. <c>BRING</c>.</summary>
    public string Lemma => Forms[0].Verb;
}
