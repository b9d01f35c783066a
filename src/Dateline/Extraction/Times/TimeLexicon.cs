namespace Dateline.Extraction.Times;

/// <summary>
/// The cue words of the time grammar: every word that can start or continue a time expression, with
/// its kind and value. One case-insensitive dictionary lookup per word, on spans (no allocation).
/// </summary>
internal static class TimeLexicon
{
    public const int On = 0, In = 1, At = 2, Of = 3, From = 4, To = 5, Between = 6, And = 7, Through = 8,
        For = 9, Over = 10, Within = 11, During = 12, Until = 13, Than = 14;

    /// <summary>TIMEX3 part-of-day codes, indexed by <see cref="WordKind.PartOfDay"/> values.</summary>
    public static readonly string[] PartsOfDay = ["MO", "AF", "EV", "NI", "DT"];

    /// <summary>TIMEX3 season codes, indexed by <see cref="WordKind.Season"/> values.</summary>
    public static readonly string[] Seasons = ["SP", "SU", "FA", "WI"];

    /// <summary>TIMEX3 mod values, indexed by <see cref="WordKind.Approx"/> and <see cref="WordKind.Bound"/> values.</summary>
    public static readonly string[] Mods = ["APPROX", "LESS_THAN", "MORE_THAN", "ON_OR_AFTER", "BEFORE", "AFTER", "ON_OR_BEFORE", "EQUAL_OR_MORE"];

    public const int ModApprox = 0, ModLessThan = 1, ModMoreThan = 2, ModSince = 3, ModBefore = 4, ModAfter = 5, ModBy = 6, ModAtLeast = 7;

    /// <summary>Zones: name and UTC offset in minutes; <see cref="UkZone"/> marks the UK's own clock (GMT or BST by date).</summary>
    public static readonly (string Name, int Minutes)[] Zones =
    [
        ("UTC", 0), ("GMT", 0), ("Z", 0), ("BST", 60), ("CET", 60), ("CEST", 120), ("EET", 120), ("EEST", 180),
        ("MSK", 180), ("IST", 330), ("PKT", 300), ("CST", -360), ("CDT", -300), ("EST", -300), ("EDT", -240),
        ("ET", -300), ("MST", -420), ("MDT", -360), ("PST", -480), ("PDT", -420), ("PT", -480), ("JST", 540),
        ("HKT", 480), ("SGT", 480), ("AEST", 600), ("AEDT", 660), ("UK", int.MinValue),
    ];

    /// <summary>Index of the UK zone in <see cref="Zones"/>.</summary>
    public const int UkZone = 26;

    private static readonly Dictionary<string, (WordKind Kind, int Value, int Extra)> Entries = Build();

    private static readonly Dictionary<string, (WordKind Kind, int Value, int Extra)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks a word up, ignoring case.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out (WordKind Kind, int Value, int Extra) entry) =>
        Lookup.TryGetValue(word, out entry);

    private static Dictionary<string, (WordKind, int, int)> Build()
    {
        var d = new Dictionary<string, (WordKind, int, int)>(StringComparer.OrdinalIgnoreCase);
        AddCalendar(d);
        AddNumbers(d);
        AddRelative(d);
        AddClock(d);
        AddConnectors(d);
        return d;
    }

    private static void AddCalendar(Dictionary<string, (WordKind, int, int)> d)
    {
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var i = 0; i < 12; i++)
        {
            d[months[i]] = (WordKind.Month, i + 1, 0);
            var abbr = months[i][..3];
            if (abbr != "may") { d[abbr] = (WordKind.Month, i + 1, 1); d[abbr + "."] = (WordKind.Month, i + 1, 1); }
        }
        d["sept"] = d["sept."] = (WordKind.Month, 9, 1);
        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (var i = 0; i < 7; i++)
        {
            d[days[i]] = (WordKind.Weekday, i + 1, 0);
            d[days[i] + "s"] = (WordKind.Weekday, i + 1, 2);
            d[days[i][..3]] = d[days[i][..3] + "."] = (WordKind.Weekday, i + 1, 1);
        }
        d["tues"] = d["tues."] = (WordKind.Weekday, 2, 1);
        d["thurs"] = d["thurs."] = (WordKind.Weekday, 4, 1);
        (string, TimeUnit)[] units =
        [
            ("second", TimeUnit.Second), ("minute", TimeUnit.Minute), ("min", TimeUnit.Minute), ("hour", TimeUnit.Hour),
            ("hr", TimeUnit.Hour), ("day", TimeUnit.Day), ("night", TimeUnit.Day), ("week", TimeUnit.Week),
            ("weekend", TimeUnit.Weekend), ("fortnight", TimeUnit.Fortnight), ("month", TimeUnit.Month),
            ("year", TimeUnit.Year), ("yr", TimeUnit.Year), ("decade", TimeUnit.Decade), ("century", TimeUnit.Century),
        ];
        d["h"] = d["hrs"] = (WordKind.Unit, (int)TimeUnit.Hour, 1);
        d["sec"] = d["secs"] = (WordKind.Unit, (int)TimeUnit.Second, 1);
        foreach (var (name, unit) in units)
        {
            d[name] = (WordKind.Unit, (int)unit, 0);
            d[name == "century" ? "centuries" : name + "s"] = (WordKind.Unit, (int)unit, 1);
        }
        d["night"] = (WordKind.PartOfDay, 3, 0);
        d["second"] = (WordKind.Ordinal, 2, 0);
        d["quarter"] = (WordKind.QuarterWord, 0, 0);
        d["quarters"] = (WordKind.Unit, (int)TimeUnit.Quarter, 1);
        d["half"] = (WordKind.HalfWord, 0, 0);
        d["spring"] = (WordKind.Season, 0, 0);
        d["summer"] = (WordKind.Season, 1, 0);
        d["autumn"] = (WordKind.Season, 2, 0);
        d["fall"] = (WordKind.Season, 2, 1);
        d["winter"] = (WordKind.Season, 3, 0);
        d["fiscal"] = d["financial"] = (WordKind.Fiscal, 0, 0);
        d["fy"] = (WordKind.Fiscal, 0, 0);
    }

    private static void AddNumbers(Dictionary<string, (WordKind, int, int)> d)
    {
        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] onesOrd = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        for (var i = 0; i < ones.Length; i++)
        {
            d[ones[i]] = (WordKind.Number, i, 0);
            d[onesOrd[i]] = (WordKind.Ordinal, i, 0);
        }
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string[] tensOrd = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
        for (var i = 0; i < tens.Length; i++)
        {
            d[tens[i]] = (WordKind.Number, (i + 2) * 10, 0);
            d[tensOrd[i]] = (WordKind.Ordinal, (i + 2) * 10, 0);
        }
        string[] decades = ["thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        for (var i = 0; i < decades.Length; i++) d[decades[i]] = (WordKind.Decade, 1930 + 10 * i, 1);
        d["noughties"] = (WordKind.Decade, 2000, 1);
        d["hundred"] = (WordKind.Number, 100, -1);
        d["hundredth"] = (WordKind.Ordinal, 100, -1);
        d["final"] = (WordKind.Ordinal, 4, -1);
        d["dozen"] = (WordKind.Number, 12, -2);
        d["the"] = (WordKind.Article, 0, 0);
        d["a"] = d["an"] = d["another"] = (WordKind.Article, 1, 0);
        d["all"] = d["full"] = d["whole"] = d["entire"] = (WordKind.Whole, 0, 0);
        d["couple"] = (WordKind.Number, 2, 0);
        d["several"] = d["few"] = d["many"] = d["some"] = d["recent"] = d["coming"] = (WordKind.Vague, 0, 0);
        d["once"] = (WordKind.Times, 1, 0);
        d["twice"] = (WordKind.Times, 2, 0);
    }

    private static void AddRelative(Dictionary<string, (WordKind, int, int)> d)
    {
        d["today"] = (WordKind.DayWord, 0, 0);
        d["tonight"] = (WordKind.DayWord, 0, 1);
        d["yesterday"] = (WordKind.DayWord, -1, 0);
        d["tomorrow"] = (WordKind.DayWord, 1, 0);
        d["now"] = d["currently"] = d["nowadays"] = d["presently"] = (WordKind.Reference, 0, 0);
        d["recently"] = d["lately"] = (WordKind.Reference, -1, 0);
        d["soon"] = (WordKind.Reference, 1, 0);
        d["future"] = (WordKind.Reference, 1, 1);
        d["last"] = d["past"] = d["previous"] = d["preceding"] = (WordKind.Shift, -1, 0);
        d["this"] = d["current"] = (WordKind.Shift, 0, 0);
        d["next"] = d["following"] = (WordKind.Shift, 1, 0);
        d["ago"] = (WordKind.Ago, 0, 0);
        d["earlier"] = (WordKind.EarlierLater, -1, 0);
        d["later"] = (WordKind.EarlierLater, 1, 0);
        d["early"] = d["beginning"] = d["start"] = (WordKind.Edge, 0, 0);
        d["mid"] = d["middle"] = (WordKind.Edge, 1, 0);
        d["late"] = d["end"] = (WordKind.Edge, 2, 0);
        d["about"] = d["around"] = d["approximately"] = d["roughly"] = d["circa"] = (WordKind.Approx, ModApprox, 0);
        d["nearly"] = d["almost"] = (WordKind.Approx, ModLessThan, 0);
        d["more"] = (WordKind.Approx, ModMoreThan, 1);
        d["less"] = d["fewer"] = (WordKind.Approx, ModLessThan, 1);
        d["since"] = (WordKind.Bound, ModSince, 0);
        d["before"] = (WordKind.Bound, ModBefore, 0);
        d["after"] = (WordKind.Bound, ModAfter, 0);
        d["by"] = (WordKind.Bound, ModBy, 0);
        d["every"] = d["each"] = d["per"] = (WordKind.Every, 0, 0);
        (string, TimeUnit)[] periodic =
        [
            ("hourly", TimeUnit.Hour), ("daily", TimeUnit.Day), ("nightly", TimeUnit.Day), ("weekly", TimeUnit.Week),
            ("fortnightly", TimeUnit.Fortnight), ("biweekly", TimeUnit.Fortnight), ("monthly", TimeUnit.Month), ("quarterly", TimeUnit.Quarter),
            ("annually", TimeUnit.Year), ("annual", TimeUnit.Year), ("yearly", TimeUnit.Year),
        ];
        foreach (var (name, unit) in periodic) d[name] = (WordKind.Periodic, (int)unit, 0);
    }

    private static void AddClock(Dictionary<string, (WordKind, int, int)> d)
    {
        d["morning"] = d["mornings"] = (WordKind.PartOfDay, 0, 0);
        d["afternoon"] = d["afternoons"] = (WordKind.PartOfDay, 1, 0);
        d["evening"] = d["evenings"] = (WordKind.PartOfDay, 2, 0);
        d["overnight"] = (WordKind.PartOfDay, 3, 0);
        d["daytime"] = (WordKind.PartOfDay, 4, 0);
        d["noon"] = d["midday"] = d["noonish"] = d["lunchtime"] = (WordKind.NamedHour, 12, 0);
        d["midmorning"] = (WordKind.NamedHour, 10, 0);
        d["midafternoon"] = (WordKind.NamedHour, 14, 0);
        d["midnight"] = (WordKind.NamedHour, 0, 0);
        d["am"] = d["a.m."] = d["a.m"] = (WordKind.AmPm, 0, 0);
        d["pm"] = d["p.m."] = d["p.m"] = (WordKind.AmPm, 12, 0);
        d["time"] = (WordKind.TimeWord, 0, 0);
        for (var i = 0; i < Zones.Length; i++)
        {
            if (Zones[i].Name != "Z") d[Zones[i].Name] = (WordKind.Zone, i, 0);
        }
        d["british"] = d["london"] = (WordKind.Zone, UkZone, 0);
    }

    private static void AddConnectors(Dictionary<string, (WordKind, int, int)> d)
    {
        (string, int)[] connectors =
        [
            ("on", On), ("in", In), ("at", At), ("of", Of), ("from", From), ("to", To), ("between", Between), ("and", And),
            ("through", Through), ("thru", Through), ("for", For), ("over", Over), ("within", Within), ("during", During),
            ("until", Until), ("till", Until), ("than", Than),
        ];
        foreach (var (name, index) in connectors) d[name] = (WordKind.Connector, index, 0);
        d["-"] = d["–"] = d["—"] = d["/"] = d["~"] = (WordKind.Dash, 0, 0);
        d[","] = (WordKind.Comma, 0, 0);
    }
}
