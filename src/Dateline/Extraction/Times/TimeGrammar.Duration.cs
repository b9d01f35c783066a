namespace Dateline.Extraction.Times;

/// <summary>Durations (<c>three days</c>, <c>48 hours</c>, <c>a decade</c>, <c>27-year</c>) and sets (<c>every day</c>, <c>weekly</c>, <c>each Monday</c>).</summary>
internal sealed partial class TimeGrammar
{
    private bool TryDuration(int i, out int end, out TimeSpec spec)
    {
        spec = null!;
        end = i;
        if (Kind(i) == WordKind.Unit && Extra(i) == 1 && IsVagueDurationContext(i))
        {
            spec = new TimeSpec(SpecKind.Duration) { Unit = (TimeUnit)Value(i) };
            end = i + 1;
            return true;
        }
        if (Kind(i) == WordKind.Whole)
        {
            var j = Kind(i + 1) == WordKind.Dash ? i + 2 : i + 1;
            if (Kind(j) != WordKind.Unit || Extra(j) != 0 || (TimeUnit)Value(j) is TimeUnit.Second or TimeUnit.Minute) return false;
            spec = new TimeSpec(SpecKind.Duration) { Amount = 1, Unit = (TimeUnit)Value(j) };
            end = j + 1;
            return true;
        }
        if (!TryAmountUnit(i, out end, out var amount, out var unit, out var adjective)) return false;
        if (Kind(i) == WordKind.Article && (Kind(i - 1) is WordKind.Number or WordKind.Times || IsMoneyBefore(i))) return false;
        if (adjective && (TextIs(end, "old") || (Kind(end) == WordKind.Dash && TextIs(end + 1, "old")))) return false;
        if (Kind(i) == WordKind.Article && Is(end, TimeLexicon.Of)) return false;
        spec = new TimeSpec(SpecKind.Duration) { Amount = amount, Unit = unit };
        if (!adjective && amount != null) spec = ExtendCompound(ref end, spec);
        return true;
    }

    /// <summary><c>1 year 1 month 21 days</c>, <c>2 hours and 30 minutes</c>, <c>1 month, 21 days</c>: more amounts of other units.</summary>
    private TimeSpec ExtendCompound(ref int end, TimeSpec spec)
    {
        List<(decimal, TimeUnit)>? parts = null;
        while (true)
        {
            var next = Kind(end) == WordKind.Comma || Is(end, TimeLexicon.And) ? end + 1 : end;
            if (!(Kind(next) == WordKind.Number && Extra(next) >= 0) || !TryAmountUnit(next, out var partEnd, out var amount, out var unit, out var adjective)
                || adjective || amount is not { } a) break;
            parts ??= [(spec.Amount!.Value, spec.Unit)];
            if (parts.Exists(p => p.Item2 == unit)) break;
            parts.Add((a, unit));
            end = partEnd;
        }
        return parts == null ? spec : spec with { Parts = parts };
    }

    /// <summary><c>for years</c>, <c>over decades</c>, <c>within hours</c>, <c>decades-long</c>.</summary>
    private bool IsVagueDurationContext(int i) =>
        Is(i - 1, TimeLexicon.For) || Is(i - 1, TimeLexicon.Over) || Is(i - 1, TimeLexicon.Within)
        || (Kind(i + 1) == WordKind.Dash && TextIs(i + 2, "long"));

    private bool IsMoneyBefore(int i)
    {
        var start = words[i].Start;
        return i > 0 && Kind(i - 1) == WordKind.Other && start > 0 && char.IsAsciiDigit(text[words[i - 1].End - 1]);
    }

    /// <summary>
    /// An amount and a unit: <c>three days</c>, <c>a decade</c>, <c>two and a half years</c>, <c>half an hour</c>,
    /// <c>an hour and a half</c>, <c>several years</c> (no amount), <c>27-year</c> (adjective).
    /// </summary>
    private bool TryAmountUnit(int i, out int end, out decimal? amount, out TimeUnit unit, out bool adjective)
    {
        end = i;
        amount = null;
        unit = TimeUnit.None;
        adjective = false;
        var next = i;
        if (Kind(i) == WordKind.HalfWord && Kind(i + 1) == WordKind.Article && Value(i + 1) == 1)
        {
            amount = 0.5m;
            next = i + 2;
        }
        else if (Kind(i) == WordKind.Article && Value(i) == 1)
        {
            amount = 1;
            next = i + 1;
            if (Kind(next) == WordKind.Vague && TextIs(next, "few")) (amount, next) = (null, next + 1);
            else if (TextIs(next, "couple")) (amount, next) = (2, Is(next + 1, TimeLexicon.Of) ? next + 2 : next + 1);
        }
        else if (TextIs(i, "couple") && Is(i + 1, TimeLexicon.Of)) (amount, next) = (2, i + 2);
        else if (Kind(i) == WordKind.HalfWord && Kind(i + 1) == WordKind.Unit && Extra(i + 1) == 0) (amount, next) = (0.5m, i + 1);
        else if (Kind(i) == WordKind.Vague && !TextIs(i, "coming")) next = i + 1;
        else if (ReadNumber(i, out var n, out next)) amount = n;
        else return false;
        if (amount != null && Is(next, TimeLexicon.And) && Kind(next + 1) == WordKind.Article && Kind(next + 2) == WordKind.HalfWord)
        {
            amount += 0.5m;
            next += 3;
        }
        else if (amount != null && Is(next, TimeLexicon.And) && Kind(next + 1) == WordKind.HalfWord && Kind(next + 2) == WordKind.Unit)
        {
            amount += 0.5m;
            next += 2;
        }
        if (Kind(next) == WordKind.Dash && amount != null) (adjective, next) = (true, next + 1);
        if (Kind(next) != WordKind.Unit && !(amount != null && Kind(next) == WordKind.PartOfDay && TextIs(next, "night"))) return false;
        unit = Kind(next) == WordKind.Unit ? (TimeUnit)Value(next) : TimeUnit.Day;
        if (amount == null && Extra(next) == 0) return false;
        end = next + 1;
        if (amount == 1 && Is(end, TimeLexicon.And) && Kind(end + 1) == WordKind.Article && Kind(end + 2) == WordKind.HalfWord)
        {
            amount = 1.5m;
            end += 3;
        }
        else if (amount is { } whole && whole == decimal.Truncate(whole) && Is(end, TimeLexicon.And) && Kind(end + 1) == WordKind.HalfWord)
        {
            amount = whole + 0.5m;
            end += 2;
        }
        return true;
    }

    /// <summary>A cardinal up to a few hundred: <c>16</c>, <c>three</c>, <c>twenty-five</c>, <c>one hundred and twenty</c>, <c>a dozen</c>.</summary>
    private bool ReadNumber(int i, out int value, out int next)
    {
        value = 0;
        next = i;
        if (Kind(i) != WordKind.Number || Extra(i) < 0) return false;
        value = Value(i);
        next = i + 1;
        if (Extra(i) > 0) return true;
        if (value >= 20 && value % 10 == 0)
        {
            var j = Kind(next) == WordKind.Dash ? next + 1 : next;
            if (Kind(j) == WordKind.Number && Extra(j) == 0 && Value(j) is >= 1 and <= 9) (value, next) = (value + Value(j), j + 1);
        }
        if (value < 10 && Kind(next) == WordKind.Number && Extra(next) == -1)
        {
            value *= 100;
            next++;
            var j = Is(next, TimeLexicon.And) ? next + 1 : next;
            if (ReadNumber(j, out var rest, out var afterRest) && rest < 100 && Extra(j) == 0) (value, next) = (value + rest, afterRest);
        }
        return true;
    }

    private bool TrySet(int i, out int end, out TimeSpec spec)
    {
        end = i;
        spec = null!;
        var k = Kind(i);
        if (k == WordKind.Periodic)
        {
            spec = new TimeSpec(SpecKind.Set) { Amount = 1, Unit = (TimeUnit)Value(i) };
            end = i + 1;
            return true;
        }
        if (k == WordKind.Times && Kind(i + 1) is WordKind.Article or WordKind.Every && Kind(i + 2) == WordKind.Unit)
        {
            spec = new TimeSpec(SpecKind.Set) { Amount = 1, Unit = (TimeUnit)Value(i + 2) };
            end = i + 3;
            return true;
        }
        if (k == WordKind.Weekday && Extra(i) == 2)
        {
            spec = new TimeSpec(SpecKind.Set) { Weekday = Value(i) };
            end = i + 1;
            return true;
        }
        if (k != WordKind.Every) return false;
        var next = i + 1;
        switch (Kind(next))
        {
            case WordKind.Weekday:
                spec = new TimeSpec(SpecKind.Set) { Weekday = Value(next) };
                end = next + 1;
                return true;
            case WordKind.QuarterWord:
                spec = new TimeSpec(SpecKind.Set) { Amount = 3, Unit = TimeUnit.Month };
                end = next + 1;
                return true;
            case WordKind.PartOfDay:
                spec = new TimeSpec(SpecKind.Set) { PartOfDay = TimeLexicon.PartsOfDay[Value(next)] };
                end = next + 1;
                return true;
            case WordKind.Unit when Extra(next) == 0:
                spec = new TimeSpec(SpecKind.Set) { Amount = 1, Unit = (TimeUnit)Value(next) };
                end = next + 1;
                return true;
            case WordKind.Number when TryAmountUnit(next, out end, out var amount, out var unit, out _):
                spec = new TimeSpec(SpecKind.Set) { Amount = amount, Unit = unit };
                return true;
            default:
                return false;
        }
    }
}
