namespace Dateline.Extraction.Numbers;

/// <summary>
/// Reads one number starting at a token: digits (<c>130,000</c>, <c>1.2bn</c>, <c>3/4</c>), words
/// (<c>one hundred and twenty thousand</c>, <c>twenty-five</c>, <c>a dozen</c>, <c>half a million</c>,
/// <c>three lakh crore</c>), fractions (<c>two thirds</c>, <c>one and a half</c>), decimals in words
/// (<c>five point two</c>) and mixes (<c>13 lakh</c>, <c>4 thousand 3 hundred and 21</c>).
/// A left-to-right state machine: each piece checks what the last piece allows after it.
/// One instance per document, used by one thread.
/// </summary>
internal sealed partial class NumberReader
{
    private readonly NumberTokens _t;
    private readonly bool _fractionOnly;
    private double _total, _current, _tail, _lastScale, _lastMultiplier, _tenValue;
    private Piece _last;
    private int _pos, _limit, _suffix;
    private NumberKind _kind;
    private bool _scaled, _words, _tenAfterAnd;
    private (int Pos, double Total, double Current, Piece Last, double Multiplier)? _and;

    /// <summary>Creates a reader over classified tokens.</summary>
    public NumberReader(NumberTokens tokens) : this(tokens, false)
    {
    }

    private NumberReader(NumberTokens tokens, bool fractionOnly)
    {
        _t = tokens;
        _fractionOnly = fractionOnly;
    }

    /// <summary>Reads the longest number starting at token <paramref name="start"/>, ending before <paramref name="limit"/>.</summary>
    public bool TryRead(int start, int limit, out NumberMatch match)
    {
        Reset(start, limit);
        while (_pos < _limit && _last != Piece.Closed && Step()) { }
        if (_last == Piece.And) Restore();
        match = default;
        if (_last is Piece.Start or Piece.Article || _pos <= start) return false;
        var value = DigitNumberParser.Round(_total + _current);
        var kind = _kind == NumberKind.Integer && value != Math.Floor(value) ? NumberKind.Decimal : _kind;
        if (_kind is NumberKind.Decimal or NumberKind.Fraction && _scaled && value == Math.Floor(value)) kind = NumberKind.Integer;
        var tokens = _t.Tokens;
        var multiplier = double.IsFinite(_lastScale) ? _lastScale : _lastMultiplier == 100 ? 100 : 1;
        match = new NumberMatch(start, _pos, tokens[start].Start, tokens[_pos - 1].End, value, kind, _suffix, _scaled, _words, multiplier);
        return true;
    }

    private void Reset(int start, int limit)
    {
        _total = _current = _tail = _tenValue = 0;
        _lastScale = _lastMultiplier = double.PositiveInfinity;
        _last = Piece.Start;
        _pos = start;
        _limit = limit;
        _suffix = -1;
        _kind = NumberKind.Integer;
        _scaled = _words = _tenAfterAnd = false;
        _and = null;
    }

    private bool Step()
    {
        var digits = _t.Digits(_pos);
        if (digits.Shape != DigitShape.None) return StepDigits(digits);
        var word = _t.Word(_pos);
        return word.Class switch
        {
            WordClass.Unit or WordClass.Teen or WordClass.Ten => StepSmall(word),
            WordClass.Hundred => StepHundred(),
            WordClass.Scale => StepScale(word.Value),
            WordClass.Dozen => StepDozen(),
            WordClass.Article => StepArticle(),
            WordClass.Half or WordClass.Quarter or WordClass.Ordinal => StepFraction(word),
            WordClass.And => StepAnd(),
            WordClass.Point => StepPoint(),
            WordClass.None => StepOther(),
            _ => false,
        };
    }

    private bool StepSmall(NumberWord word)
    {
        var allowed = _last switch
        {
            Piece.Start or Piece.Hundred or Piece.Scale or Piece.And => true,
            Piece.Ten => word.Class == WordClass.Unit && word.Value > 0,
            _ => false,
        };
        if (!allowed) return word.Class == WordClass.Ten && TryCompoundDenominator();
        _current += word.Value;
        _tail = _last == Piece.Ten ? _tail + word.Value : word.Value;
        if (word.Class == WordClass.Ten)
        {
            _tenValue = word.Value;
            _tenAfterAnd = _last == Piece.And;
        }
        _last = word.Class switch { WordClass.Unit => Piece.Unit, WordClass.Teen => Piece.Teen, _ => Piece.Ten };
        _words = true;
        _pos++;
        return true;
    }

    private bool StepHundred()
    {
        switch (_last)
        {
            case Piece.Article:
                _current = 100;
                break;
            case Piece.Unit or Piece.Teen or Piece.Ten:
                if (_current >= 100)
                {
                    if (_and != null) Restore();
                    return false;
                }
                _current *= 100;
                break;
            case Piece.Digits or Piece.DigitsDecimal:
                if (_and != null || (_total > 0 && _current >= 10))
                {
                    Restore();
                    return false;
                }
                _current = DigitNumberParser.Round(_current * 100);
                break;
            default:
                return false;
        }
        _tail = 0;
        _lastMultiplier = 100;
        _last = Piece.Hundred;
        _words = _scaled = true;
        _pos++;
        return true;
    }

    private bool StepScale(double scale)
    {
        if (_last is Piece.Start or Piece.And or Piece.Closed || (_fractionOnly && _last == Piece.Fraction)) return false;
        if (_last == Piece.Scale && _current == 0 && scale <= _lastScale) return false;
        if (scale < _lastScale) _total += _current * scale;
        else _total = (_total + _current) * scale;
        _total = DigitNumberParser.Round(_total);
        _current = _tail = 0;
        _lastScale = _lastMultiplier = scale;
        _last = Piece.Scale;
        _scaled = true;
        _pos++;
        return true;
    }

    private bool StepDozen()
    {
        if (_last is not (Piece.Article or Piece.Unit or Piece.Teen or Piece.Ten or Piece.Digits or Piece.Fraction)) return false;
        var tail = _tail == 0 ? _current : _tail;
        _current = _current - tail + (tail * 12);
        _last = Piece.Closed;
        _kind = NumberKind.Integer;
        _scaled = _words = true;
        _pos++;
        return true;
    }

    private bool StepArticle()
    {
        if (_last != Piece.Start || _pos + 1 >= _limit) return false;
        var next = _t.Word(_pos + 1);
        var ok = next.Class is WordClass.Hundred or WordClass.Scale or WordClass.Dozen or WordClass.Half or WordClass.Quarter
            || (next.Class == WordClass.Ordinal && !next.Plural) || (next.Class == WordClass.Ten && IsCompoundOrdinalAt(_pos + 1, plural: false));
        if (!ok) return false;
        _current = _tail = 1;
        _last = Piece.Article;
        _pos++;
        return true;
    }

    private void Restore()
    {
        if (_and is not { } saved) return;
        _pos = saved.Pos;
        _total = saved.Total;
        _current = saved.Current;
        _last = saved.Last;
        _lastMultiplier = saved.Multiplier;
        _and = null;
    }
}
