using System.Collections.Frozen;

namespace Dateline.Extraction.Numbers;

/// <summary>
/// English number words (cardinals, ordinals, scales including lakh and crore, fraction words),
/// looked up case-insensitively from a character span without allocating.
/// </summary>
internal static class NumberLexicon
{
    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] Teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    private static readonly string[] UnitOrdinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
    private static readonly string[] TeenOrdinals = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
    private static readonly string[] TenOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    /// <summary>Scale words written out, with their value.</summary>
    private static readonly (string Word, double Value)[] Scales =
    [
        ("thousand", 1e3), ("thousands", 1e3), ("lakh", 1e5), ("lakhs", 1e5), ("lac", 1e5), ("lacs", 1e5),
        ("million", 1e6), ("millions", 1e6), ("crore", 1e7), ("crores", 1e7), ("billion", 1e9), ("billions", 1e9),
        ("trillion", 1e12), ("trillions", 1e12),
    ];

    /// <summary>Scale abbreviations that only count after a number (<c>10 bn</c>, <c>2.33 k</c>).</summary>
    private static readonly (string Word, double Value)[] ScaleAbbreviations =
    [
        ("k", 1e3), ("mn", 1e6), ("mln", 1e6), ("mil", 1e6), ("cr", 1e7), ("crs", 1e7), ("bn", 1e9), ("bln", 1e9), ("b", 1e9),
        ("tn", 1e12), ("tln", 1e12), ("trn", 1e12),
    ];

    private static readonly FrozenDictionary<string, NumberWord> Words = Build();
    private static readonly FrozenDictionary<string, double> Abbreviations =
        ScaleAbbreviations.ToFrozenDictionary(p => p.Word, p => p.Value, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks a word up; <see cref="WordClass.None"/> when it is not a number word.</summary>
    public static NumberWord Lookup(ReadOnlySpan<char> word) =>
        WordLookup.TryGetValue(word, out var entry) ? entry : default;

    /// <summary>The multiplier of a scale abbreviation written after a number (k, bn, mn), or 0.</summary>
    /// <remarks>Case matters for <c>M</c>, <c>MM</c> (million) and <c>G</c> (billion): lower-case m, mm and g are units.</remarks>
    public static double AbbreviationScale(ReadOnlySpan<char> word)
    {
        if (word.SequenceEqual("M")) return 1e6;
        if (word.SequenceEqual("G")) return 1e9;
        if (word.SequenceEqual("MM")) return 1e6;
        return AbbreviationLookup.TryGetValue(word, out var value) ? value : 0;
    }

    private static FrozenDictionary<string, NumberWord> Build()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Units.Length; i++) words[Units[i]] = new(WordClass.Unit, i);
        words["nought"] = new(WordClass.Unit, 0);
        words["naught"] = new(WordClass.Unit, 0);
        for (var i = 0; i < Teens.Length; i++) words[Teens[i]] = new(WordClass.Teen, 10 + i);
        for (var i = 0; i < Tens.Length; i++) words[Tens[i]] = new(WordClass.Ten, 20 + (10 * i));
        words["hundred"] = new(WordClass.Hundred, 100);
        words["hundreds"] = new(WordClass.Hundred, 100, Plural: true);
        foreach (var (word, value) in Scales) words[word] = new(WordClass.Scale, value, word.EndsWith('s'));
        foreach (var dozen in new[] { "dozen", "doz", "dz" }) words[dozen] = new(WordClass.Dozen, 12);
        foreach (var dozen in new[] { "dozens", "dozs", "dzs" }) words[dozen] = new(WordClass.Dozen, 12, Plural: true);
        AddOrdinals(words);
        words["half"] = new(WordClass.Half, 2);
        words["halves"] = new(WordClass.Half, 2, Plural: true);
        words["quarter"] = new(WordClass.Quarter, 4);
        words["quarters"] = new(WordClass.Quarter, 4, Plural: true);
        words["a"] = new(WordClass.Article, 1);
        words["an"] = new(WordClass.Article, 1);
        words["and"] = new(WordClass.And, 0);
        words["point"] = new(WordClass.Point, 0);
        words["minus"] = new(WordClass.Minus, -1);
        words["negative"] = new(WordClass.Minus, -1);
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void AddOrdinals(Dictionary<string, NumberWord> words)
    {
        for (var i = 1; i < UnitOrdinals.Length; i++) AddOrdinal(words, UnitOrdinals[i], i, WordClass.Unit);
        AddOrdinal(words, "nineth", 9, WordClass.Unit);
        for (var i = 0; i < TeenOrdinals.Length; i++) AddOrdinal(words, TeenOrdinals[i], 10 + i, WordClass.Teen);
        for (var i = 0; i < TenOrdinals.Length; i++) AddOrdinal(words, TenOrdinals[i], 20 + (10 * i), WordClass.Ten);
        AddOrdinal(words, "hundredth", 100, WordClass.Hundred);
        AddOrdinal(words, "thousandth", 1e3, WordClass.Scale);
        AddOrdinal(words, "millionth", 1e6, WordClass.Scale);
        AddOrdinal(words, "billionth", 1e9, WordClass.Scale);
        AddOrdinal(words, "trillionth", 1e12, WordClass.Scale);
    }

    private static void AddOrdinal(Dictionary<string, NumberWord> words, string word, double value, WordClass baseClass)
    {
        words[word] = new(WordClass.Ordinal, value, false, baseClass);
        words[word + "s"] = new(WordClass.Ordinal, value, true, baseClass);
    }
}
