using System.Collections.Frozen;

namespace Dateline.Extraction.Numbers;

/// <summary>
/// Finds every number in a range of tokens, left to right: a sign word or dash before it, lists of
/// numbers run together (<c>192.168.1.2</c>), and the pronoun <c>one</c> (<c>the one you mentioned</c>) left out.
/// </summary>
internal sealed class NumberScanner
{
    private static readonly FrozenSet<string> PronounDeterminers = FrozenSet.ToFrozenSet(
        ["the", "this", "that", "which", "each", "every", "any", "no", "another", "whichever", "one", "little"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners =
        PronounDeterminers.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly NumberTokens _t;
    private readonly NumberReader _reader;

    /// <summary>Creates a scanner over classified tokens.</summary>
    public NumberScanner(NumberTokens tokens)
    {
        _t = tokens;
        _reader = new NumberReader(tokens);
    }

    /// <summary>The classified tokens.</summary>
    public NumberTokens Tokens => _t;

    /// <summary>Reads the number starting at <paramref name="start"/> (with a sign before it), or returns false.</summary>
    public bool TryReadAt(int start, int first, int end, out NumberMatch match)
    {
        var signAt = -1;
        var from = start;
        if (IsSignAt(start, first, end))
        {
            signAt = start;
            from = start + 1;
        }
        if (!_reader.TryRead(from, end, out match)) return false;
        if (signAt >= 0)
        {
            match = match with { FirstToken = signAt, Start = _t.Tokens[signAt].Start, Value = -match.Value };
        }
        return !IsPronounOne(match, first);
    }

    /// <summary>Adds every number in tokens <c>[first, end)</c> to <paramref name="output"/>.</summary>
    public void Scan(int first, int end, List<NumberMatch> output)
    {
        var i = first;
        while (i < end)
        {
            if (_t.Digits(i).Shape == DigitShape.List)
            {
                SplitList(i, output);
                i++;
                continue;
            }
            if (TryReadAt(i, first, end, out var match))
            {
                output.Add(match);
                i = match.EndToken;
                continue;
            }
            i++;
        }
    }

    /// <summary>A sign word (minus, negative) or a dash stuck to the number, at the start or after a space.</summary>
    private bool IsSignAt(int i, int first, int end)
    {
        if (i + 1 >= end) return false;
        var next = _t.Word(i + 1).Class;
        var nextIsNumber = _t.Digits(i + 1).Shape is not (DigitShape.None or DigitShape.List) || next is WordClass.Unit or WordClass.Teen or WordClass.Ten;
        if (!nextIsNumber || _t.Digits(i + 1).Signed) return false;
        if (_t.Word(i).Class == WordClass.Minus) return true;
        if (!_t.IsDash(i)) return false;
        if (i == first) return true;
        return _t.Touches(i) && !_t.Touches(i - 1) && _t.Digits(i - 1).Shape == DigitShape.None && _t.Word(i - 1).Class == WordClass.None;
    }

    /// <summary>The word one used as a pronoun: the one, which one, that one.</summary>
    private bool IsPronounOne(NumberMatch match, int first) =>
        match.EndToken - match.FirstToken == 1 && match.Words && match.Value == 1 && match.Kind == NumberKind.Integer
        && match.FirstToken > first && Determiners.Contains(_t.TextOf(match.FirstToken - 1));

    private void SplitList(int i, List<NumberMatch> output)
    {
        var token = _t.Tokens[i];
        var span = _t.TextOf(i);
        var partStart = 0;
        for (var k = 0; k <= span.Length; k++)
        {
            if (k < span.Length && char.IsAsciiDigit(span[k])) continue;
            if (k > partStart && DigitNumberParser.ReadBody(span[partStart..k], out var value) == DigitShape.Integer)
            {
                output.Add(new NumberMatch(i, i + 1, token.Start + partStart, token.Start + k, value, NumberKind.Integer));
            }
            partStart = k + 1;
        }
    }
}
