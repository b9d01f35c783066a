using System.Text;

namespace Dateline.Knowledge.Gazetteer;

/// <summary>
/// The lookup key of a place name: Latin diacritics folded (<see cref="LatinFolding"/>) and combining
/// marks dropped, lower case, dots dropped, apostrophes unified, hyphens, commas and runs of spaces made
/// one space, and a leading <c>the</c> ignored.
/// </summary>
internal static class PlaceNames
{
    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (c == '.' || c is >= '\u0300' and <= '\u036F') continue;
            if (char.IsWhiteSpace(c) || c == '-' || c == ',')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLowerInvariant(LatinFolding.Fold(c)));
        }
        var key = builder.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
