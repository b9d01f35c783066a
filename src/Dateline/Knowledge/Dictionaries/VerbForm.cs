namespace Dateline.Knowledge.Dictionaries;

/// <summary>One form of a verb: its words (one, or several for <c>+BRING_OUT</c> and <c>RE_+ARREST</c>) and which word the parser will tag as the verb.</summary>
/// <param name="Words">Upper-case words.</param>
/// <param name="VerbIndex">The index of the verb word (marked <c>+</c> in multi-word verbs).</param>
public sealed record VerbForm(IReadOnlyList<string> Words, int VerbIndex)
{
    /// <summary>The verb word itself.</summary>
    public string Verb => Words[VerbIndex];

    /// <summary>The words with blanks between them.</summary>
    public override string ToString() => string.Join(' ', Words);
}
