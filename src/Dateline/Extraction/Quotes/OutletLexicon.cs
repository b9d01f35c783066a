using System.Collections.Frozen;

namespace Dateline.Extraction.Quotes;

/// <summary>
/// News agencies, broadcasters and papers that pass statements on, and the words that mark an organization's
/// name as an outlet (<c>... News</c>, <c>... Times</c>). Used to tell "told Reuters" (an outlet: via) from
/// "told parliament" (an audience).
/// </summary>
internal static class OutletLexicon
{
    private static readonly FrozenSet<string> Names = FrozenSet.ToFrozenSet(
    [
        "AFP", "Agence France-Presse", "Reuters", "AP", "Associated Press", "the Associated Press", "BBC", "CNN",
        "Al Jazeera", "Xinhua", "TASS", "Tass", "RIA", "RIA Novosti", "Interfax", "Ukrinform", "UNIAN", "ANI",
        "PTI", "IANS", "DPA", "dpa", "EFE", "ANSA", "Kyodo", "Yonhap", "Bloomberg", "NPR", "PBS", "ABC", "CBS",
        "NBC", "Fox News", "MSNBC", "Sky News", "ITV", "Channel 4", "France 24", "Deutsche Welle", "DW",
        "Euronews", "RT", "Sputnik", "CGTN", "NHK", "Politico", "Axios", "Wikinews", "Interfax-Ukraine",
        "The Guardian", "Guardian", "Le Monde", "Der Spiegel", "Spiegel", "Haaretz", "Izvestia", "Kommersant",
        "Pravda", "Rossiya 24", "Channel One", "CNBC", "Newsweek", "Time", "The Economist", "Economist",
        "Financial Times", "Wall Street Journal", "The Wall Street Journal", "Washington Post", "The Washington Post",
        "New York Times", "The New York Times", "The Times", "Times of India", "The Hindu", "Dawn", "Jagran",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] NameWords =
    [
        "News", "Times", "Post", "Press", "Agency", "Radio", "TV", "Television", "Telegraph", "Journal",
        "Herald", "Tribune", "Gazette", "Broadcasting", "Channel", "Daily", "Magazine", "Wire",
    ];

    /// <summary>True when an organization's name is that of a news outlet.</summary>
    public static bool IsOutlet(ReadOnlySpan<char> name)
    {
        var trimmed = name.Trim();
        if (Names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(trimmed)) return true;
        foreach (var word in NameWords)
        {
            var at = trimmed.IndexOf(word, StringComparison.Ordinal);
            if (at < 0) continue;
            var endsWord = at + word.Length == trimmed.Length || !char.IsLetter(trimmed[at + word.Length]);
            var startsWord = at == 0 || !char.IsLetter(trimmed[at - 1]);
            if (startsWord && endsWord) return true;
        }
        return false;
    }
}
