using System.Collections.Frozen;
using Dateline.Extraction.Numbers;

namespace Dateline.Extraction.Quantities;

/// <summary>Measurement units, by every spelling, to one short name (<c>kilometres</c> → <c>km</c>).</summary>
internal static class UnitLexicon
{
    private static readonly FrozenDictionary<string, string> Units = Build();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The unit name of <paramref name="word"/> (a whole token or a suffix written onto digits), or null.</summary>
    public static string? Name(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var name) ? name : null;

    /// <summary>
    /// Reads a unit starting at token <paramref name="i"/> (<c>km</c>, <c>square kilometres</c>, <c>km / h</c>):
    /// returns its name and the index after it, or null.
    /// </summary>
    public static string? After(NumberTokens t, int i, int end, out int next)
    {
        next = i;
        if (i >= end) return null;
        if (i + 1 < end && (t.IsWord(i, "square") || t.IsWord(i, "sq") || t.IsWord(i, "sq.")))
        {
            var area = Name(t.TextOf(i + 1));
            if (area is "km" or "m" or "mile" or "ft")
            {
                next = i + 2;
                return area + "2";
            }
        }
        var name = Name(t.TextOf(i));
        if (name == null) return null;
        next = i + 1;
        if (name == "km" && i + 2 < end && t.Is(i + 1, '/') && t.IsWord(i + 2, "h"))
        {
            next = i + 3;
            return "km/h";
        }
        return name;
    }

    private static FrozenDictionary<string, string> Build()
    {
        var units = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Add(string name, params string[] spellings)
        {
            foreach (var spelling in spellings) units[spelling] = name;
        }
        Add("km", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers");
        Add("m", "metre", "metres", "meter", "meters");
        Add("cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        Add("mm", "millimetre", "millimetres", "millimeter", "millimeters");
        Add("mile", "mile", "miles", "mi");
        Add("ft", "ft", "foot", "feet");
        Add("inch", "inch", "inches");
        Add("yard", "yard", "yards", "yd", "yds");
        Add("km2", "km²", "km2", "sqkm");
        Add("hectare", "hectare", "hectares", "ha");
        Add("acre", "acre", "acres");
        Add("tonne", "tonne", "tonnes", "ton", "tons", "metric ton");
        Add("kg", "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos");
        Add("g", "gram", "grams", "gramme", "grammes");
        Add("lb", "lb", "lbs", "pound", "pounds");
        Add("litre", "litre", "litres", "liter", "liters");
        Add("gallon", "gallon", "gallons");
        Add("barrel", "barrel", "barrels", "bbl");
        Add("mph", "mph");
        Add("km/h", "kmph", "kph", "km/h");
        Add("knot", "knot", "knots");
        Add("mw", "mw", "megawatt", "megawatts");
        Add("gw", "gw", "gigawatt", "gigawatts");
        Add("kw", "kw", "kilowatt", "kilowatts");
        Add("kwh", "kwh");
        Add("megaton", "megaton", "megatons", "megatonne", "megatonnes");
        Add("kiloton", "kiloton", "kilotons", "kilotonne", "kilotonnes");
        Add("degree", "degree", "degrees", "°", "°c", "°f");
        return units.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
