using System.Text.RegularExpressions;

namespace Dateline.Ingest;

/// <summary>Shared tables and patterns for wire metadata: agencies, desks, person names, place casing.</summary>
internal static class WireNames
{
    /// <summary>Known agencies, by upper-case key, with their usual spelling.</summary>
    private static readonly IReadOnlyDictionary<string, string> Agencies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["REUTERS"] = "Reuters", ["AP"] = "AP", ["ASSOCIATED PRESS"] = "AP", ["THE ASSOCIATED PRESS"] = "AP", ["AFP"] = "AFP",
        ["AGENCE FRANCE-PRESSE"] = "AFP", ["PTI"] = "PTI", ["IANS"] = "IANS", ["ANI"] = "ANI", ["UPI"] = "UPI", ["DPA"] = "dpa",
        ["XINHUA"] = "Xinhua", ["TASS"] = "TASS", ["BLOOMBERG"] = "Bloomberg", ["EFE"] = "EFE", ["ANSA"] = "ANSA", ["KYODO"] = "Kyodo",
        ["YONHAP"] = "Yonhap", ["BERNAMA"] = "Bernama", ["UNI"] = "UNI", ["CNA"] = "CNA",
    };

    private static readonly Regex Desk = new(
        @"^(?:[\p{Lu}][\p{L}&.'’\-]*\s+){0,4}(?:News\s+Desk|Web\s+Desk|Desk|Bureau|News\s+Service|News\s+Network|Newsroom|Staff|Correspondent)$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex PersonName = new(
        @"^[\p{Lu}][\p{L}'’.\-]*(?:\s+(?:(?:de|da|del|della|der|di|du|la|le|van|von|bin|al|el|ibn|y)\s+){0,2}[\p{Lu}][\p{L}'’.\-]*){1,4}$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The agency's usual name (<c>REUTERS</c> → Reuters), or null when it is not a known agency.</summary>
    public static string? Agency(string text) => Agencies.TryGetValue(text.Trim(), out var name) ? name : null;

    /// <summary>True for a desk or bureau name (<c>Jagran News Desk</c>, <c>Delhi Bureau</c>, <c>Express News Service</c>).</summary>
    public static bool IsDesk(string text) => Desk.IsMatch(text.Trim());

    /// <summary>The source a text names: a known agency's spelling, the desk as written, or null.</summary>
    public static string? Source(string text) => Agency(text) ?? (IsDesk(text) ? text.Trim() : null);

    /// <summary>True when <paramref name="text"/> looks like a person's name: 2–5 capitalised words, allowing particles.</summary>
    public static bool IsPersonName(string text) => text.Length <= 60 && PersonName.IsMatch(text) && Source(text) == null;

    /// <summary>
    /// A place as it is usually written: all-capital words in title case (<c>NEW DELHI</c> → New Delhi,
    /// <c>SÃO PAULO</c> → São Paulo), except a one-word place of three letters or fewer (<c>UAE</c>), likely an acronym.
    /// </summary>
    public static string PlaceCase(string place)
    {
        var minLetters = place.Contains(' ') ? 2 : 4;
        var chars = place.ToCharArray();
        var start = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && (char.IsLetter(chars[i]) || chars[i] is '\'' or '’')) continue;
            TitleCaseWord(chars, start, i, minLetters);
            start = i + 1;
        }
        return new string(chars);
    }

    private static void TitleCaseWord(char[] chars, int start, int end, int minLetters)
    {
        if (end - start < minLetters) return;
        for (var i = start; i < end; i++)
        {
            if (char.IsLower(chars[i])) return;
        }
        for (var i = start + 1; i < end; i++) chars[i] = char.ToLowerInvariant(chars[i]);
    }
}
