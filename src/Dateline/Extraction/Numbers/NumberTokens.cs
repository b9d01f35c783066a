using Dateline.Documents;

namespace Dateline.Extraction.Numbers;

/// <summary>
/// The tokens of a document classified once for number reading: the number-word entry and the digit reading
/// of every token. Built in one pass of dictionary lookups; readers then only index arrays.
/// </summary>
internal sealed class NumberTokens
{
    private readonly NumberWord[] _words;
    private readonly DigitNumber[] _digits;

    /// <summary>Classifies every token of <paramref name="tokens"/>.</summary>
    public NumberTokens(string text, IReadOnlyList<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
        _words = new NumberWord[tokens.Count];
        _digits = new DigitNumber[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var span = TextOf(i);
            if (span.IsEmpty) continue;
            if (char.IsAsciiDigit(span[0]) || (span.Length > 1 && (char.IsAsciiDigit(span[1]) || span[0] == '.')))
            {
                _digits[i] = DigitNumberParser.Parse(span);
            }
            else if (span.Length == 1 && VulgarFraction(span[0]) is var fraction and > 0)
            {
                _digits[i] = new DigitNumber(DigitShape.Fraction, fraction, false, -1, false);
            }
            else if (char.IsLetter(span[0]))
            {
                _words[i] = NumberLexicon.Lookup(span);
            }
        }
    }

    /// <summary>The value of a vulgar fraction character (½, ¾, ⅔), or 0.</summary>
    private static double VulgarFraction(char c) => c switch
    {
        '½' => 1 / 2.0, '⅓' => 1 / 3.0, '⅔' => 2 / 3.0, '¼' => 1 / 4.0, '¾' => 3 / 4.0, '⅕' => 1 / 5.0, '⅖' => 2 / 5.0,
        '⅗' => 3 / 5.0, '⅘' => 4 / 5.0, '⅙' => 1 / 6.0, '⅚' => 5 / 6.0, '⅛' => 1 / 8.0, '⅜' => 3 / 8.0, '⅝' => 5 / 8.0, '⅞' => 7 / 8.0,
        _ => 0,
    };

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>The tokens.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Number of tokens.</summary>
    public int Count => _words.Length;

    /// <summary>The number-word entry of token <paramref name="i"/> (class None when it is not one).</summary>
    public NumberWord Word(int i) => _words[i];

    /// <summary>The digit reading of token <paramref name="i"/> (shape None when it is not digits).</summary>
    public DigitNumber Digits(int i) => _digits[i];

    /// <summary>The characters of token <paramref name="i"/> (its normalized form when it has one).</summary>
    public ReadOnlySpan<char> TextOf(int i)
    {
        var token = Tokens[i];
        return token.Form is { } form ? form.AsSpan() : Text.AsSpan(token.Start, token.End - token.Start);
    }

    /// <summary>True when token <paramref name="i"/> is the single character <paramref name="c"/>.</summary>
    public bool Is(int i, char c)
    {
        var span = TextOf(i);
        return span.Length == 1 && span[0] == c;
    }

    /// <summary>True when token <paramref name="i"/> is a hyphen or dash.</summary>
    public bool IsDash(int i)
    {
        var span = TextOf(i);
        return span.Length == 1 && span[0] is '-' or '–' or '—' or '−';
    }

    /// <summary>True when token <paramref name="i"/> equals <paramref name="word"/>, ignoring case.</summary>
    public bool IsWord(int i, string word) => TextOf(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when nothing separates token <paramref name="i"/> from the next one.</summary>
    public bool Touches(int i) => i + 1 < Count && Tokens[i].End == Tokens[i + 1].Start;

    /// <summary>The characters between token <paramref name="i"/> and the next one.</summary>
    public ReadOnlySpan<char> GapAfter(int i) => Text.AsSpan(Tokens[i].End, Tokens[i + 1].Start - Tokens[i].End);
}
