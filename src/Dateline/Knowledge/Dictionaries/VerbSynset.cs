namespace Dateline.Knowledge.Dictionaries;

/// <summary>A synonym set (<c>&amp;CURRENCY</c> and its <c>+</c> lines), usable in patterns as <c>&amp;NAME</c>.</summary>
/// <param name="Name">The name as written, with its <c>&amp;</c> (and a final <c>_</c> when plurals are off).</param>
/// <param name="Members">The members as written, as upper-case words.</param>
/// <param name="Phrases">The members plus their generated plurals.</param>
/// <param name="Line">The line of the name.</param>
public sealed record VerbSynset(string Name, IReadOnlyList<IReadOnlyList<string>> Members, IReadOnlyList<IReadOnlyList<string>> Phrases, int Line)
{
    /// <summary>True when the name ends with <c>_</c>: no plurals are generated for its members.</summary>
    public bool NoPlurals => Name.EndsWith('_');
}
