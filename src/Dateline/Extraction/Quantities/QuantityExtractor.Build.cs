using Dateline.Extraction.Numbers;

namespace Dateline.Extraction.Quantities;

/// <summary>Builds one quantity around a number.</summary>
internal sealed partial class QuantityExtractor
{
    private Quantity? Build(ref int k)
    {
        var number = _numbers[k];
        if (DateContext.IsDateOrTime(_t, number, _first, _end) || IsPartOfToken(number) || NameNumbers.IsCode(_t, number, _first)) return null;
        if (IsScore(number, k))
        {
            k++;
            return null;
        }
        var q = new QuantityDraft(number);
        q.Currency = CurrencyLexicon.Before(_t, number.FirstToken, _first, out q.Left);
        if (q.Currency != null)
        {
            q.Kind = QuantityKind.Money;
            if (CurrencyLexicon.MillionCode(_t.TextOf(q.Left)) != null) q.Value = DigitNumberParser.Round(q.Value * 1e6);
        }
        if (number.HasSuffix && !ReadSuffix(ref q)) return null;
        ReadRange(ref q, ref k);
        var beforeAfter = q.Right;
        ReadAfter(ref q);
        if (q.Kind == QuantityKind.Money && q.Right > beforeAfter) ReadMinorAmount(ref q, ref k);
        ReadBounds(ref q);
        if (q.Kind is QuantityKind.Count or QuantityKind.Ordinal && q.Unit == null)
        {
            var noun = CountedNoun.Find(_t, _tags, q.Right, _end);
            if (noun >= 0)
            {
                q.Unit = UnitOf(noun);
                q.Right = noun + 1;
            }
        }
        if (q.Kind == QuantityKind.Ordinal) q.Lower = q.Upper = null;
        var bare = q.Kind == QuantityKind.Count && q.Unit == null && q.Lower == null && q.Upper == null && !q.Approximate && q.Left == number.FirstToken;
        if (NameNumbers.IsLabel(_t, number, _first, bare)) return null;
        return new Quantity(_t.Tokens[q.Left].Start, Math.Max(_t.Tokens[q.Right - 1].End, number.End), q.Value, q.Lower, q.Upper,
            q.Approximate, q.Unit, q.Currency, q.Kind, _sentence);
    }

    /// <summary>3-2: two numbers joined by a dash with no spaces, the first not below the second, is a score.</summary>
    private bool IsScore(NumberMatch number, int k)
    {
        if (k + 1 >= _numbers.Count || number.Words || number.Kind != NumberKind.Integer) return false;
        var second = _numbers[k + 1];
        var dash = number.EndToken;
        return second.FirstToken == dash + 1 && _t.IsDash(dash) && _t.Touches(dash - 1) && _t.Touches(dash)
            && second.Kind == NumberKind.Integer && !second.Words && number.Value >= second.Value && number.Value < 100;
    }

    /// <summary>
    /// 15 dollars 50, thirteen dollars forty-five, 17 USD 25, twelve dollars and forty cents: a number under 100 right
    /// after the currency name, ending the phrase, is cents.
    /// </summary>
    private void ReadMinorAmount(ref QuantityDraft q, ref int k)
    {
        if (k + 1 >= _numbers.Count || q.Number.Scaled || q.Value != Math.Floor(q.Value)) return;
        var minor = _numbers[k + 1];
        var joined = q.Right < _end && _t.IsWord(q.Right, "and") && minor.FirstToken == q.Right + 1;
        if ((minor.FirstToken != q.Right && !joined) || minor.Scaled || minor.HasSuffix || minor.Kind != NumberKind.Integer || minor.Value is < 1 or > 99) return;
        var after = minor.EndToken;
        var cents = after < _end && (_t.IsWord(after, "cents") || _t.IsWord(after, "cent"));
        var ends = after >= _end || cents || _t.IsWord(after, "more") || !char.IsLetterOrDigit(_t.TextOf(after)[0]);
        if (!ends || (joined && !cents)) return;
        q.Value += minor.Value / 100;
        q.Right = cents ? after + 1 : after;
        k++;
    }

    /// <summary>A number read out of a longer token (5/17/2018, 192.168.1.2): a date, address or code, not a quantity.</summary>
    private bool IsPartOfToken(NumberMatch number) =>
        number.EndToken - number.FirstToken == 1 && (number.Start != _t.Tokens[number.FirstToken].Start || number.End != _t.Tokens[number.FirstToken].End);

    /// <summary>A unit written onto the digits: <c>5km</c>, <c>£5.5m</c> (million after a currency), <c>115USD</c>.</summary>
    private bool ReadSuffix(ref QuantityDraft q)
    {
        var suffix = _t.Text.AsSpan(q.Number.SuffixStart, q.Number.End - q.Number.SuffixStart);
        if (q.Currency != null && (suffix.Equals("m", StringComparison.OrdinalIgnoreCase) || suffix.Equals("mn", StringComparison.OrdinalIgnoreCase)))
        {
            q.Value = DigitNumberParser.Round(q.Value * 1e6);
            return true;
        }
        var code = CurrencyLexicon.Code(suffix) ?? CurrencyLexicon.Symbol(suffix);
        if (code != null && q.Currency == null)
        {
            q.Currency = code;
            q.Kind = QuantityKind.Money;
            return true;
        }
        if (suffix.Equals("am", StringComparison.OrdinalIgnoreCase) || suffix.Equals("pm", StringComparison.OrdinalIgnoreCase)) return false;
        q.Unit = UnitLexicon.Name(suffix) ?? suffix.ToString().ToLowerInvariant();
        q.Kind = QuantityKind.Measure;
        return true;
    }

    /// <summary>100 to 150, 100-150, between 100 and 150, $5-10bn: the next number closes a range.</summary>
    private void ReadRange(ref QuantityDraft q, ref int k)
    {
        if (k + 1 >= _numbers.Count || q.Right >= _end) return;
        var join = q.Right;
        var isJoin = _t.IsDash(join) || _t.IsWord(join, "to") || _t.Is(join, '~') || _t.IsWord(join, "through") || _t.IsWord(join, "thru")
            || (_t.IsWord(join, "and") && q.Left - 1 >= _first && _t.IsWord(q.Left - 1, "between"));
        if (!isJoin) return;
        var second = _numbers[k + 1];
        var at = join + 1;
        if (at < _end && q.Currency != null && CurrencyLexicon.Before(_t, second.FirstToken, at, out _) != null) at = second.FirstToken;
        if (second.FirstToken != at || second.Kind == NumberKind.Ordinal || DateContext.IsDateOrTime(_t, second, _first, _end)) return;
        var low = q.Value;
        if (!q.Number.Scaled && second.Scaled && second.Multiplier > 1 && low * second.Multiplier <= second.Value) low *= second.Multiplier;
        if (low >= second.Value) return;
        q.Lower = q.Value = low;
        q.Upper = second.Value;
        q.Right = second.EndToken;
        q.Ranged = true;
        k++;
        if (second.HasSuffix && q.Unit == null)
        {
            var suffix = _t.Text.AsSpan(second.SuffixStart, second.End - second.SuffixStart);
            q.Unit = UnitLexicon.Name(suffix) ?? suffix.ToString().ToLowerInvariant();
            q.Kind = QuantityKind.Measure;
        }
    }

    /// <summary>What follows the number: percent, a currency name, code or symbol, a unit (after a dash too: one-yen, 12-km).</summary>
    private void ReadAfter(ref QuantityDraft q)
    {
        if (PercentBefore(ref q)) return;
        var i = q.Right;
        if (i >= _end || q.Kind == QuantityKind.Measure) return;
        if (_t.IsDash(i) && _t.Touches(i - 1) && _t.Touches(i) && i + 1 < _end && q.Kind != QuantityKind.Money)
        {
            var probe = q;
            probe.Right = i + 1;
            ReadAfterWord(ref probe);
            if (probe.Kind is QuantityKind.Money or QuantityKind.Measure) q = probe;
            return;
        }
        ReadAfterWord(ref q);
    }

    /// <summary>percent of 10, per cent of twenty-two: the percent word before the number.</summary>
    private bool PercentBefore(ref QuantityDraft q)
    {
        var of = q.Left - 1;
        if (of - 1 < _first || !_t.IsWord(of, "of")) return false;
        var word = of - 1;
        var percent = _t.IsWord(word, "percent") || _t.IsWord(word, "percents") || (_t.IsWord(word, "cent") && word - 1 >= _first && _t.IsWord(word - 1, "per"));
        if (!percent) return false;
        q.Kind = QuantityKind.Percent;
        q.Unit = "percent";
        q.Left = _t.IsWord(word, "cent") ? word - 1 : word;
        return true;
    }

    private void ReadAfterWord(ref QuantityDraft q)
    {
        var i = q.Right;
        if (i >= _end) return;
        if (_t.Is(i, '%') || _t.IsWord(i, "percent") || _t.IsWord(i, "pct") || _t.IsWord(i, "percentage") || _t.IsWord(i, "percents"))
        {
            SetPercent(ref q, i + 1);
            return;
        }
        if (i + 1 < _end && _t.IsWord(i, "per") && _t.IsWord(i + 1, "cent"))
        {
            SetPercent(ref q, i + 2);
            return;
        }
        if (q.Kind == QuantityKind.Money)
        {
            // $ 5 dollars: a name after a symbol only confirms the currency.
            if (CurrencyLexicon.After(_t, i, _end, q.Number.Scaled, out var after, out _) != null && !_t.IsWord(i, "pound")) q.Right = after;
            return;
        }
        var code = CurrencyLexicon.After(_t, i, _end, q.Number.Scaled, out var next, out var multiplier);
        if (code != null)
        {
            q.Currency = code;
            q.Kind = QuantityKind.Money;
            q.Right = next;
            if (multiplier == 1 && next < _end && !q.Number.Scaled && _t.Word(next).Class == WordClass.Scale)
            {
                multiplier = _t.Word(next).Value;
                q.Right = next + 1;
            }
            q.Value = DigitNumberParser.Round(q.Value * multiplier);
            if (q.Lower != null) q.Lower = DigitNumberParser.Round(q.Lower.Value * multiplier);
            if (q.Upper != null) q.Upper = DigitNumberParser.Round(q.Upper.Value * multiplier);
            return;
        }
        var unit = UnitLexicon.After(_t, i, _end, out next);
        if (unit != null && q.Kind != QuantityKind.Ordinal)
        {
            q.Unit = unit;
            q.Kind = QuantityKind.Measure;
            q.Right = next;
        }
    }

    private void SetPercent(ref QuantityDraft q, int next)
    {
        q.Kind = QuantityKind.Percent;
        q.Unit = "percent";
        q.Currency = null;
        q.Right = next;
        if (next + 1 < _end && _t.IsWord(next - 1, "percentage") && (_t.IsWord(next, "points") || _t.IsWord(next, "point")))
        {
            q.Unit = "percentage point";
            q.Right = next + 1;
        }
    }

    /// <summary>Modifiers: more than / up to / about before the number, or more / or less after it.</summary>
    private void ReadBounds(ref QuantityDraft q)
    {
        var bound = BoundWords.Before(_t, q.Left, _first, out var start);
        if (bound == Bound.None && q.Ranged && q.Left - 1 >= _first && (_t.IsWord(q.Left - 1, "between") || _t.IsWord(q.Left - 1, "from")))
        {
            q.Left--;
            return;
        }
        if (!q.Ranged) Apply(ref q, bound);
        else if (bound is Bound.Approximate or Bound.Nearly) q.Approximate = true;
        if (bound != Bound.None) q.Left = start;
        var after = BoundWords.After(_t, q.Right, _end);
        if (after != Bound.None && !q.Ranged && q.Lower == null && q.Upper == null)
        {
            Apply(ref q, after);
            q.Right += 2;
        }
    }

    private static void Apply(ref QuantityDraft q, Bound bound)
    {
        switch (bound)
        {
            case Bound.Lower: q.Lower = q.Value; break;
            case Bound.Upper: q.Upper = q.Value; break;
            case Bound.Approximate: q.Approximate = true; break;
            case Bound.Nearly: q.Approximate = true; q.Upper = q.Value; break;
        }
    }
}
