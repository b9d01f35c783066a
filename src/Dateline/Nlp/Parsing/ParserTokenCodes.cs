namespace Dateline.Nlp.Parsing;

/// <summary>
/// The hashed codes of one sentence's tokens, computed once before parsing. Position 0 is the
/// artificial root; word <c>i</c> of the sentence is position <c>i + 1</c>.
/// </summary>
internal sealed class ParserTokenCodes
{
    /// <summary>Creates codes for a sentence of <paramref name="length"/> words (root excluded).</summary>
    public ParserTokenCodes(int length)
    {
        Length = length;
        Words = new ulong[length + 1];
        Tags = new ulong[length + 1];
        Upos = new ulong[length + 1];
        Words[0] = Tags[0] = Upos[0] = ParserHash.Root;
    }

    /// <summary>Number of words, the root excluded.</summary>
    public int Length { get; }

    /// <summary>Lowercased word-form codes.</summary>
    public ulong[] Words { get; }

    /// <summary>Fine (Penn Treebank) tag codes.</summary>
    public ulong[] Tags { get; }

    /// <summary>Universal POS tag codes.</summary>
    public ulong[] Upos { get; }

    /// <summary>Sets word <paramref name="index"/> (0-based in the sentence).</summary>
    public void Set(int index, ReadOnlySpan<char> form, ReadOnlySpan<char> upos, ReadOnlySpan<char> xpos)
    {
        Words[index + 1] = ParserHash.OfWord(form);
        Upos[index + 1] = ParserHash.Of(upos);
        Tags[index + 1] = ParserHash.Of(xpos);
    }

    /// <summary>Codes for a sentence given as strings.</summary>
    public static ParserTokenCodes From(IReadOnlyList<string> forms, IReadOnlyList<string> upos, IReadOnlyList<string> xpos)
    {
        var codes = new ParserTokenCodes(forms.Count);
        for (var i = 0; i < forms.Count; i++)
        {
            codes.Set(i, forms[i], upos[i], xpos[i]);
        }
        return codes;
    }
}
