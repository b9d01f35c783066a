namespace Dateline.Extraction.Numbers;

/// <summary>Fractions (two thirds, a half, one and a half, thirty-fifths) and word ordinals.</summary>
internal sealed partial class NumberReader
{
    private bool StepFraction(NumberWord word)
    {
        if (_last == Piece.Start) return StartFraction(word);
        if (_last is not (Piece.Article or Piece.Unit or Piece.Teen or Piece.Ten or Piece.Hundred or Piece.Scale)) return false;
        var numerator = _total + _current;
        var denominator = word.Class switch { WordClass.Half => 2.0, WordClass.Quarter => 4.0, _ => word.Value };
        if (word.Class == WordClass.Ordinal && word.Base == WordClass.Unit && _last == Piece.Ten && !_tenAfterAnd && numerator - _tenValue > 0)
        {
            if (TryFraction(numerator - _tenValue, _tenValue + word.Value, word.Plural)) return true;
        }
        if (!(word.Class == WordClass.Ordinal && word.Base == WordClass.Unit && word.Value <= 2) && TryFraction(numerator, denominator, word.Plural))
        {
            return true;
        }
        return !word.Plural && word.Class == WordClass.Ordinal && TryOrdinal(word);
    }

    private bool TryFraction(double numerator, double denominator, bool plural)
    {
        if (numerator == 1 ? plural : !plural) return false;
        _total = 0;
        _current = numerator / denominator;
        _kind = NumberKind.Fraction;
        _last = Piece.Fraction;
        _words = true;
        _pos++;
        if (_pos + 2 < _limit && _t.IsWord(_pos, "of") && _t.Word(_pos + 1).Class == WordClass.Article && _t.Word(_pos + 2).Class == WordClass.Scale)
        {
            _pos += 2;
        }
        return true;
    }

    /// <summary>twenty-first, one hundred twenty fifth, two hundredth, three trillionth.</summary>
    private bool TryOrdinal(NumberWord word)
    {
        var follows = word.Base switch
        {
            WordClass.Unit => _last is Piece.Ten or Piece.Hundred,
            WordClass.Teen or WordClass.Ten => _last is Piece.Hundred or Piece.Scale,
            WordClass.Hundred => _last is Piece.Unit or Piece.Teen or Piece.Ten or Piece.Article,
            _ => _last != Piece.Article,
        };
        if (!follows) return false;
        if (word.Base == WordClass.Hundred) _current = (_last == Piece.Article ? 1 : _current) * 100;
        else if (word.Base == WordClass.Scale) { _total = (_total + _current) * word.Value; _current = 0; }
        else _current += word.Value;
        _kind = NumberKind.Ordinal;
        _last = Piece.Closed;
        _words = true;
        _pos++;
        return true;
    }

    private bool StartFraction(NumberWord word)
    {
        var next = _pos + 1 < _limit ? _t.Word(_pos + 1) : default;
        if (word.Class is WordClass.Half or WordClass.Quarter && !word.Plural)
        {
            var share = 1 / (word.Class == WordClass.Half ? 2.0 : 4.0);
            if (next.Class == WordClass.Article && _pos + 2 < _limit && _t.Word(_pos + 2).Class is WordClass.Scale or WordClass.Dozen)
            {
                return StartShare(share, 2);
            }
            if (next.Class == WordClass.Scale) return StartShare(share, 1);
            if (word.Class == WordClass.Quarter) return false;
            _current = share;
            _kind = NumberKind.Fraction;
            _last = Piece.Closed;
            _words = true;
            _pos++;
            return true;
        }
        if (word.Class != WordClass.Ordinal || word.Plural) return false;
        _current = word.Value;
        _kind = NumberKind.Ordinal;
        _last = Piece.Closed;
        _words = true;
        _pos++;
        return true;
    }

    private bool StartShare(double share, int advance)
    {
        _current = _tail = share;
        _kind = NumberKind.Fraction;
        _last = Piece.Fraction;
        _words = true;
        _pos += advance;
        return true;
    }

    /// <summary>twenty twenty-fifths, three twenty-firsts: a second number that is the start of a compound denominator.</summary>
    private bool TryCompoundDenominator()
    {
        if (_last is not (Piece.Unit or Piece.Teen or Piece.Ten or Piece.Article)) return false;
        var ten = _t.Word(_pos).Value;
        var q = _pos + 1 < _limit && _t.IsDash(_pos + 1) ? _pos + 2 : _pos + 1;
        if (q >= _limit) return false;
        var ordinal = _t.Word(q);
        if (ordinal.Class != WordClass.Ordinal || ordinal.Base != WordClass.Unit) return false;
        var numerator = _total + _current;
        if (numerator == 1 ? ordinal.Plural : !ordinal.Plural) return false;
        _pos = q;
        return TryFraction(numerator, ten + ordinal.Value, ordinal.Plural);
    }

    /// <summary>True when token <paramref name="at"/> is a ten followed (maybe after a dash) by a unit ordinal.</summary>
    private bool IsCompoundOrdinalAt(int at, bool? plural)
    {
        var q = at + 1 < _limit && _t.IsDash(at + 1) ? at + 2 : at + 1;
        if (q >= _limit) return false;
        var ordinal = _t.Word(q);
        return ordinal.Class == WordClass.Ordinal && ordinal.Base == WordClass.Unit && (plural == null || ordinal.Plural == plural);
    }

    private bool StepAnd()
    {
        if (_pos + 1 >= _limit) return false;
        if (TryAndFraction()) return true;
        if (_last is not (Piece.Hundred or Piece.Scale)) return false;
        var next = _t.Word(_pos + 1);
        var digits = _t.Digits(_pos + 1);
        var small = (next.Class is WordClass.Unit or WordClass.Teen or WordClass.Ten && next.Value > 0)
            || (digits.IsPlainInteger && digits.Value > 0 && digits.Value < _lastMultiplier);
        if (!small) return false;
        _and = (_pos, _total, _current, _last, _lastMultiplier);
        _last = Piece.And;
        _pos++;
        return true;
    }

    /// <summary>one and a half, twenty and three fifths, three million and a quarter, five and a half million.</summary>
    private bool TryAndFraction()
    {
        if (_fractionOnly || _last is not (Piece.Unit or Piece.Teen or Piece.Ten or Piece.Hundred or Piece.Scale or Piece.Digits)) return false;
        var first = _t.Word(_pos + 1);
        if (first.Class is not (WordClass.Article or WordClass.Unit or WordClass.Teen or WordClass.Ten)) return false;
        if (first.Class == WordClass.Ten && _pos + 2 < _limit && _t.Word(_pos + 2).Class == WordClass.Ordinal) return false;
        var inner = new NumberReader(_t, fractionOnly: true);
        if (!inner.TryRead(_pos + 1, _limit, out var fraction) || fraction.Kind != NumberKind.Fraction || fraction.Value >= 1) return false;
        var end = fraction.EndToken;
        if (end < _limit && _t.Word(end).Class == WordClass.Scale) _current += fraction.Value;
        else if (_last == Piece.Scale) _total += fraction.Value * _lastScale;
        else _current += fraction.Value;
        _kind = NumberKind.Fraction;
        _last = Piece.Fraction;
        _words = true;
        _pos = end;
        return true;
    }
}
