namespace Dateline.Extraction.Numbers;

/// <summary>Digit tokens, decimals in words, dashes and scale abbreviations.</summary>
internal sealed partial class NumberReader
{
    private bool StepDigits(DigitNumber digits)
    {
        if (_last == Piece.Start) return StartDigits(digits);
        if (_last is Piece.Scale or Piece.Hundred or Piece.And && digits.IsPlainInteger && digits.Value > 0 && digits.Value < _lastMultiplier)
        {
            _current += digits.Value;
            _tail = digits.Value;
            _last = Piece.Digits;
            _pos++;
            return true;
        }
        if (_last == Piece.Digits && _total == 0 && digits.Shape == DigitShape.Fraction && !digits.Signed && digits.Value is > 0 and < 1)
        {
            _current += digits.Value;
            _kind = NumberKind.Fraction;
            _last = Piece.Closed;
            _pos++;
            return true;
        }
        return false;
    }

    private bool StartDigits(DigitNumber digits)
    {
        _current = digits.Value;
        _tail = digits.Value;
        _scaled = digits.Scaled;
        _pos++;
        if (digits.HasSuffix && TryExponent(digits)) return true;
        if (digits.HasSuffix)
        {
            _suffix = _t.Tokens[_pos - 1].Start + digits.SuffixStart;
            _kind = digits.Shape == DigitShape.Decimal ? NumberKind.Decimal : NumberKind.Integer;
            _last = Piece.Closed;
            return true;
        }
        switch (digits.Shape)
        {
            case DigitShape.Integer when !digits.Scaled:
                _last = Piece.Digits;
                if (!digits.Signed) MergeSpaceGroups();
                return true;
            case DigitShape.Decimal when !digits.Scaled:
                _kind = NumberKind.Decimal;
                _last = Piece.DigitsDecimal;
                return true;
            default:
                _kind = digits.Shape switch
                {
                    DigitShape.Fraction => NumberKind.Fraction,
                    DigitShape.Ordinal => NumberKind.Ordinal,
                    DigitShape.Power => NumberKind.Power,
                    DigitShape.Decimal => NumberKind.Decimal,
                    _ => NumberKind.Integer,
                };
                _last = Piece.Closed;
                return true;
        }
    }

    /// <summary>12.32e+14 and -12e-1, which the tokenizer splits at the exponent's sign.</summary>
    private bool TryExponent(DigitNumber digits)
    {
        var token = _t.Tokens[_pos - 1];
        var suffix = _t.Text.AsSpan(token.Start + digits.SuffixStart, token.End - token.Start - digits.SuffixStart);
        if (suffix is not ("e" or "E") || _pos + 1 >= _limit || !_t.Touches(_pos - 1) || !_t.Touches(_pos)) return false;
        var sign = _t.TextOf(_pos);
        var exponent = _t.Digits(_pos + 1);
        if (sign is not ("+" or "-") || !exponent.IsPlainInteger || exponent.Value > 300) return false;
        _current = DigitNumberParser.Round(digits.Value * Math.Pow(10, sign[0] == '-' ? -exponent.Value : exponent.Value));
        _kind = NumberKind.Power;
        _last = Piece.Closed;
        _pos += 2;
        return true;
    }

    /// <summary>1 234 567 and 40 000: groups of three digits after single spaces continue the number.</summary>
    private void MergeSpaceGroups()
    {
        var first = _t.TextOf(_pos - 1);
        if (first.Length > 3 || first[0] == '0') return;
        while (_pos < _limit && IsGroupSpace(_t.GapAfter(_pos - 1)))
        {
            var next = _t.Digits(_pos);
            var text = _t.TextOf(_pos);
            if (next.IsPlainInteger && text.Length == 3)
            {
                _current = (_current * 1000) + next.Value;
                _pos++;
                continue;
            }
            if (next.Shape == DigitShape.Decimal && !next.Signed && !next.HasSuffix && !next.Scaled && text.IndexOf('.') == 3)
            {
                _current = DigitNumberParser.Round((_current * 1000) + next.Value);
                _kind = NumberKind.Decimal;
                _last = Piece.Closed;
                _pos++;
            }
            break;
        }
        _tail = _current;
    }

    private static bool IsGroupSpace(ReadOnlySpan<char> gap) => gap.Length == 1 && gap[0] is ' ' or '\u00A0' or '\u202F' or '\u2009';

    private bool StepPoint()
    {
        if (_last is not (Piece.Unit or Piece.Teen or Piece.Ten or Piece.Hundred or Piece.Scale)) return false;
        var p = _pos + 1;
        double fraction = 0, place = 0.1;
        while (p < _limit)
        {
            var word = _t.Word(p);
            if (word.Class == WordClass.Unit)
            {
                fraction += word.Value * place;
                place /= 10;
                p++;
                continue;
            }
            if (word.Class is WordClass.Teen or WordClass.Ten && place == 0.1)
            {
                var value = word.Value;
                p++;
                if (word.Class == WordClass.Ten)
                {
                    var q = p < _limit && _t.IsDash(p) ? p + 1 : p;
                    if (q < _limit && _t.Word(q).Class == WordClass.Unit && _t.Word(q).Value > 0)
                    {
                        value += _t.Word(q).Value;
                        p = q + 1;
                    }
                }
                fraction = value / 100;
            }
            break;
        }
        if (p == _pos + 1) return false;
        _current += fraction;
        _kind = NumberKind.Decimal;
        _last = Piece.Fraction;
        _pos = p;
        return true;
    }

    private bool StepOther()
    {
        if (_t.IsDash(_pos)) return StepDash();
        if (_last == Piece.Start && _t.Is(_pos, '.') && _t.Touches(_pos) && _t.Digits(_pos + 1).IsPlainInteger
            && (_pos == 0 || !_t.Touches(_pos - 1)))
        {
            var digits = _t.TextOf(_pos + 1);
            _current = _t.Digits(_pos + 1).Value / Math.Pow(10, digits.Length);
            _kind = NumberKind.Decimal;
            _last = Piece.Closed;
            _pos += 2;
            return true;
        }
        if (_last is Piece.Digits or Piece.DigitsDecimal)
        {
            var scale = NumberLexicon.AbbreviationScale(_t.TextOf(_pos));
            if (scale > 0 && StepScale(scale))
            {
                _last = Piece.Closed;
                return true;
            }
        }
        return false;
    }

    /// <summary>A dash inside a written number: twenty-five, one-fourth, hundred-fifths.</summary>
    private bool StepDash()
    {
        if (_pos + 1 >= _limit) return false;
        var next = _t.Word(_pos + 1);
        var ok = _last switch
        {
            Piece.Ten => (next.Class == WordClass.Unit && next.Value > 0) || (next.Class == WordClass.Ordinal && next.Base == WordClass.Unit),
            Piece.Unit or Piece.Teen or Piece.Hundred or Piece.Scale or Piece.Article =>
                next.Class is WordClass.Ordinal or WordClass.Half or WordClass.Quarter
                || (next.Class == WordClass.Ten && IsCompoundOrdinalAt(_pos + 1, plural: null)),
            _ => false,
        };
        if (!ok) return false;
        _pos++;
        return true;
    }
}
