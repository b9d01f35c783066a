using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Linking;

/// <summary>Reads CAMEO actor codes: which three-letter part is the country and which the role.</summary>
internal static class ActorCodes
{
    /// <summary>CAMEO role codes (primary and secondary roles, organization types) that may follow or open a code.</summary>
    private static readonly HashSet<string> RoleCodes = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "ELI", "MED", "EDU", "BUS", "CRM", "CVL",
        "IGO", "NGO", "IMG", "MNC", "UAF", "INS", "SEP", "REF", "AGR", "LAB", "HLH", "HRI", "DEV", "ENV", "REL",
        "MOD", "RAD", "SET", "UNK", "PRO", "NGM",
    };

    /// <summary>Splits <paramref name="code"/> into its parts; <paramref name="isCountry"/> says whether a part names a country.</summary>
    public static ActorLink Describe(string code, ActorSource source, Func<string, bool> isCountry)
    {
        string? country = null;
        string? role = null;
        for (var start = 0; start + 3 <= code.Length; start += 3)
        {
            var part = code.Substring(start, 3);
            if (country is null && role is null && start == 0 && isCountry(part)) country = part;
            else if (role is null && RoleCodes.Contains(part)) role = part;
            else if (country is null && role is not null && start == 3 && isCountry(part)) country = part;
        }
        return new ActorLink(code, role, country, source);
    }

    /// <summary>True for a CAMEO role code such as <c>GOV</c>.</summary>
    public static bool IsRole(string part) => RoleCodes.Contains(part);

    /// <summary>
    /// The entry's code on <paramref name="date"/>; without a date, its undated code, else its latest dated one.
    /// </summary>
    public static string? CodeAt(ActorEntry entry, DateOnly? date)
    {
        if (date is { } day) return entry.CodeAt(day);
        string? latest = null;
        DateOnly latestFrom = DateOnly.MinValue;
        foreach (var code in entry.Codes)
        {
            if (!code.IsDated) return code.Code;
            var from = code.From ?? DateOnly.MinValue;
            if (latest is null || from >= latestFrom)
            {
                latest = code.Code;
                latestFrom = from;
            }
        }
        return latest;
    }
}
