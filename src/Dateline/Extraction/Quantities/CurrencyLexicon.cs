using System.Collections.Frozen;
using Dateline.Extraction.Numbers;

namespace Dateline.Extraction.Quantities;

/// <summary>
/// Currency symbols, codes and names with their ISO 4217 codes: symbols and codes before a number
/// (<c>$</c>, <c>US$</c>, <c>Rs</c>, <c>€</c>, <c>USD</c>), names after it (<c>dollars</c>, <c>Australian dollars</c>,
/// <c>rupees</c>, <c>roubles</c>, <c>hryvnia</c>).
/// </summary>
internal static class CurrencyLexicon
{
    private static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD", ["US$"] = "USD", ["U.S.$"] = "USD", ["USD$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY",
        ["₹"] = "INR", ["Rs"] = "INR", ["Rs."] = "INR", ["Re"] = "INR", ["Re."] = "INR", ["₽"] = "RUB", ["₴"] = "UAH", ["₩"] = "KRW",
        ["₺"] = "TRY", ["₪"] = "ILS", ["₦"] = "NGN", ["₱"] = "PHP", ["৳"] = "BDT", ["฿"] = "THB", ["元"] = "CNY",
        ["A$"] = "AUD", ["AU$"] = "AUD", ["C$"] = "CAD", ["CA$"] = "CAD", ["HK$"] = "HKD", ["NZ$"] = "NZD", ["S$"] = "SGD",
        ["R$"] = "BRL", ["NT$"] = "TWD", ["MX$"] = "MXN", ["Mex$"] = "MXN", ["₡"] = "CRC", ["₾"] = "GEL", ["₭"] = "LAK",
        ["₿"] = "XBT", ["₫"] = "VND", ["₮"] = "MNT", ["₸"] = "KZT", ["₼"] = "AZN",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Letters written before <c>$</c> as a separate token (<c>US $</c>, <c>C $</c>).</summary>
    private static readonly FrozenDictionary<string, string> DollarPrefixes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "USD", ["U.S."] = "USD", ["u.s"] = "USD", ["USD"] = "USD", ["A"] = "AUD", ["AU"] = "AUD", ["AUD"] = "AUD",
        ["C"] = "CAD", ["CA"] = "CAD", ["CAD"] = "CAD", ["HK"] = "HKD", ["NZ"] = "NZD", ["NZD"] = "NZD", ["S"] = "SGD",
        ["R"] = "BRL", ["NT"] = "TWD", ["MX"] = "MXN", ["MXN"] = "MXN", ["Mex"] = "MXN",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Codes = FrozenSet.ToFrozenSet(
        ["USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "UAH", "CHF", "AUD", "CAD", "HKD", "NZD", "SGD", "PKR", "LKR", "BDT",
         "NPR", "TRY", "ILS", "SAR", "AED", "KRW", "BRL", "MXN", "ZAR", "NGN", "EGP", "IRR", "KES", "THB", "MYR", "IDR", "PHP", "SEK", "NOK", "DKK", "PLN"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Currency names after a number, singular and plural.</summary>
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["rupee"] = "INR", ["rupees"] = "INR",
        ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rmb"] = "CNY", ["yen"] = "JPY", ["rouble"] = "RUB", ["roubles"] = "RUB",
        ["ruble"] = "RUB", ["rubles"] = "RUB", ["hryvnia"] = "UAH", ["hryvnias"] = "UAH", ["hryvnya"] = "UAH", ["hryvnyas"] = "UAH",
        ["lira"] = "TRY", ["liras"] = "TRY", ["shekel"] = "ILS", ["shekels"] = "ILS", ["riyal"] = "SAR", ["riyals"] = "SAR",
        ["dirham"] = "AED", ["dirhams"] = "AED", ["naira"] = "NGN", ["rand"] = "ZAR", ["taka"] = "BDT", ["baht"] = "THB",
        ["ringgit"] = "MYR", ["rupiah"] = "IDR", ["franc"] = "CHF", ["francs"] = "CHF", ["sterling"] = "GBP",
        ["markka"] = "FIM", ["markkaa"] = "FIM", ["peseta"] = "ESP", ["pesetas"] = "ESP", ["guilder"] = "NLG", ["guilders"] = "NLG",
        ["bitcoin"] = "XBT", ["bitcoins"] = "XBT", ["btc"] = "XBT", ["afghani"] = "AFN", ["afghanis"] = "AFN", ["kyat"] = "MMK",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a currency name that change the code (<c>Australian dollars</c>).</summary>
    private static readonly FrozenDictionary<string, string> Qualified = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["us dollar"] = "USD", ["u.s. dollar"] = "USD", ["american dollar"] = "USD", ["australian dollar"] = "AUD",
        ["canadian dollar"] = "CAD", ["singapore dollar"] = "SGD", ["taiwan dollar"] = "TWD", ["zimbabwean dollar"] = "ZWL",
        ["pakistani rupee"] = "PKR", ["sri lankan rupee"] = "LKR", ["lankan rupee"] = "LKR", ["nepalese rupee"] = "NPR",
        ["nepali rupee"] = "NPR", ["indian rupee"] = "INR", ["swiss franc"] = "CHF", ["chinese yuan"] = "CNY",
        ["japanese yen"] = "JPY", ["russian rouble"] = "RUB", ["russian ruble"] = "RUB", ["ukrainian hryvnia"] = "UAH",
        ["turkish lira"] = "TRY", ["hong kong dollar"] = "HKD", ["new zealand dollar"] = "NZD", ["british pound"] = "GBP",
        ["egyptian pound"] = "EGP", ["saudi riyal"] = "SAR", ["iranian rial"] = "IRR", ["kenyan shilling"] = "KES",
        ["mexican peso"] = "MXN", ["philippine peso"] = "PHP", ["south african rand"] = "ZAR", ["finnish markka"] = "FIM",
        ["dutch guilder"] = "NLG", ["spanish peseta"] = "ESP",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SymbolLookup = Symbols.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NameLookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup = DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeLookup = Codes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The ISO code of a currency symbol (<c>€</c>, <c>元</c>), or null.</summary>
    public static string? Symbol(ReadOnlySpan<char> token) => SymbolLookup.TryGetValue(token, out var code) ? code : null;

    /// <summary>The ISO code of a code written with M for million before it (<c>MUSD</c>, <c>MEUR</c>), or null.</summary>
    public static string? MillionCode(ReadOnlySpan<char> token) => token.Length == 4 && token[0] == 'M' ? Code(token[1..]) : null;

    /// <summary>The ISO code of a three-letter code token (<c>usd</c>), or null.</summary>
    public static string? Code(ReadOnlySpan<char> token) =>
        token.Length == 3 && CodeLookup.TryGetValue(token, out var code) ? code.ToUpperInvariant() : null;

    /// <summary>
    /// Reads a currency symbol or code just before token <paramref name="number"/>: returns its ISO code and the
    /// index of its first token, or null.
    /// </summary>
    public static string? Before(NumberTokens t, int number, int first, out int start)
    {
        start = number;
        var i = number - 1;
        if (i < first) return null;
        var token = t.TextOf(i);
        var code = SymbolLookup.TryGetValue(token, out var symbol) ? symbol : Code(token) ?? MillionCode(token);
        if (code == null) return null;
        start = i;
        if (code == "USD" && token.SequenceEqual("$") && i - 1 >= first && PrefixLookup.TryGetValue(t.TextOf(i - 1), out var qualified))
        {
            start = i - 1;
            code = qualified;
        }
        return code;
    }

    /// <summary>
    /// Reads a currency name or code starting at token <paramref name="i"/> (<c>dollars</c>, <c>US dollars</c>,
    /// <c>Sri Lankan rupees</c>, <c>usd</c>): returns its ISO code and the index after it, or null.
    /// </summary>
    public static string? After(NumberTokens t, int i, int end, bool scaled, out int next, out double multiplier)
    {
        next = i;
        multiplier = 1;
        if (i >= end) return null;
        var million = MillionCode(t.TextOf(i));
        if (million != null)
        {
            next = i + 1;
            multiplier = 1e6;
            return million;
        }
        if (Symbol(t.TextOf(i)) is { } symbol && (i + 1 >= end || t.Digits(i + 1).Shape == DigitShape.None))
        {
            next = i + 1;
            return symbol;
        }
        for (var words = 3; words >= 2; words--)
        {
            if (i + words > end) continue;
            var qualified = QualifiedAt(t, i, words);
            if (qualified != null)
            {
                next = i + words;
                return qualified;
            }
        }
        var token = t.TextOf(i);
        var code = NameLookup.TryGetValue(token, out var name) ? name : Code(token);
        if (code == null && IsPound(token) && (scaled || (i + 1 < end && t.IsWord(i + 1, "sterling")))) code = "GBP";
        if (code == null) return null;
        next = i + 1;
        if (next < end && t.IsWord(next, "sterling")) next++;
        return code;
    }

    private static bool IsPound(ReadOnlySpan<char> token) =>
        token.Equals("pounds", StringComparison.OrdinalIgnoreCase) || token.Equals("pound", StringComparison.OrdinalIgnoreCase);

    private static string? QualifiedAt(NumberTokens t, int i, int words)
    {
        var last = t.TextOf(i + words - 1);
        var singular = last.Length > 1 && (last[^1] is 's' or 'S') ? last[..^1] : last;
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        for (var k = 0; k < words; k++)
        {
            var part = k == words - 1 ? singular : t.TextOf(i + k);
            if (length + part.Length + 1 > buffer.Length) return null;
            if (k > 0) buffer[length++] = ' ';
            part.CopyTo(buffer[length..]);
            length += part.Length;
        }
        return Qualified.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..length], out var code) ? code : null;
    }
}
