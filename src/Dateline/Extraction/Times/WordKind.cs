namespace Dateline.Extraction.Times;

/// <summary>What a word can contribute to a time expression (see <see cref="TimeLexicon"/>).</summary>
internal enum WordKind : byte
{
    Other,
    /// <summary>January..December; Value = 1..12.</summary>
    Month,
    /// <summary>Monday..Sunday; Value = ISO day 1..7, Extra = 1 for an abbreviation, 2 for a plural (<c>Sundays</c>, a set).</summary>
    Weekday,
    /// <summary>day, week, month...; Value = <see cref="TimeUnit"/>, Extra = 1 when plural.</summary>
    Unit,
    /// <summary>A cardinal number; Value = the number, Extra = number of digits (0 when spelled).</summary>
    Number,
    /// <summary>An ordinal number (<c>16th</c>, <c>sixteenth</c>); Value = the number.</summary>
    Ordinal,
    /// <summary>today (0), yesterday (-1), tomorrow (+1); Extra = 1 for tonight.</summary>
    DayWord,
    /// <summary>now, recently, soon...; Value = 0 present, -1 past, +1 future.</summary>
    Reference,
    /// <summary>last/past/previous (-1), this/current (0), next/coming/following (+1).</summary>
    Shift,
    /// <summary>ago.</summary>
    Ago,
    /// <summary>earlier (-1), later (+1).</summary>
    EarlierLater,
    /// <summary>morning, afternoon...; Value = index into <see cref="TimeLexicon.PartsOfDay"/>.</summary>
    PartOfDay,
    /// <summary>noon (12), midnight (0); Value = hour.</summary>
    NamedHour,
    /// <summary>spring..winter; Value = index into <see cref="TimeLexicon.Seasons"/>.</summary>
    Season,
    /// <summary>early/beginning/start (0), mid/middle (1), late/end (2).</summary>
    Edge,
    /// <summary>about, around, nearly...; Value = index into <see cref="TimeLexicon.Mods"/>.</summary>
    Approx,
    /// <summary>since, before, after, until, by; Value = index into <see cref="TimeLexicon.Mods"/>.</summary>
    Bound,
    /// <summary>every, each, per.</summary>
    Every,
    /// <summary>daily, weekly...; Value = <see cref="TimeUnit"/>.</summary>
    Periodic,
    /// <summary>a.m. (0), p.m. (12).</summary>
    AmPm,
    /// <summary>A time zone; Value = index into <see cref="TimeLexicon.Zones"/>.</summary>
    Zone,
    /// <summary>A clock time (<c>13:00</c>, <c>1am</c>); Value = hour, Extra = minute, + 100 when a.m./p.m. was part of it, + 1000 × (second + 1) when seconds were written.</summary>
    Clock,
    /// <summary>A numeric date; Value = yyyymmdd with unknown parts 0.</summary>
    NumericDate,
    /// <summary>A decade (<c>1990s</c>, <c>'90s</c>, <c>seventies</c>); Value = the first year, Extra = 1 when spelled (then only after <c>the</c>).</summary>
    Decade,
    /// <summary>Q1..Q4 (Value 1..4) or H1/H2 (Value 11, 12); Extra = year or 0.</summary>
    QuarterCode,
    /// <summary>fiscal, financial; FY (Extra = year or 0).</summary>
    Fiscal,
    /// <summary>quarter.</summary>
    QuarterWord,
    /// <summary>half.</summary>
    HalfWord,
    /// <summary>Dash or slash between parts of an expression.</summary>
    Dash,
    /// <summary>the, a, an (Value 1 for a/an).</summary>
    Article,
    /// <summary>Prepositions and connectors; Value = one of the connector constants of <see cref="TimeLexicon"/>.</summary>
    Connector,
    /// <summary>A comma.</summary>
    Comma,
    /// <summary>several, few, many, some, recent (vague amounts).</summary>
    Vague,
    /// <summary>once (1), twice (2).</summary>
    Times,
    /// <summary>all, full, whole, entire (<c>all day</c> = one day).</summary>
    Whole,
    /// <summary>The word "time" (after a zone: <c>UK time</c>).</summary>
    TimeWord,
}
