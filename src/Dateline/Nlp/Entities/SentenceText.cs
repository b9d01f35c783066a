using Dateline.Documents;

namespace Dateline.Nlp.Entities;

/// <summary>The words of one sentence as spans of a text, read without copying.</summary>
/// <param name="Text">The text the tokens point into.</param>
/// <param name="Tokens">Tokens by character offset.</param>
/// <param name="First">Index in <paramref name="Tokens"/> of the sentence's first token.</param>
/// <param name="Count">Number of tokens in the sentence.</param>
internal readonly record struct SentenceText(string Text, IReadOnlyList<Token> Tokens, int First, int Count)
{
    /// <summary>The word at sentence position <paramref name="index"/>: its normalized form, or else its text.</summary>
    public ReadOnlySpan<char> Word(int index)
    {
        var token = Tokens[First + index];
        return token.Form is { } form ? form.AsSpan() : Text.AsSpan(token.Start, token.End - token.Start);
    }

    /// <summary>A sentence made of words joined by single spaces (for corpora and tests).</summary>
    public static SentenceText FromWords(IReadOnlyList<string> words)
    {
        var tokens = new Token[words.Count];
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = new Token(offset, offset + words[i].Length);
            offset += words[i].Length + 1;
        }
        return new SentenceText(string.Join(' ', words), tokens, 0, words.Count);
    }
}
