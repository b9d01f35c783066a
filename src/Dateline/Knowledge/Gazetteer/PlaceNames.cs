using System.Globalization;
using System.Text;

namespace Dateline.Knowledge.Gazetteer;

/// <summary>
/// The lookup key of a place name: diacritics removed, lower case, dots dropped, apostrophes
/// unified, hyphens and runs of spaces made one space, and a leading <c>the</c> ignored.
/// </summary>
internal static class PlaceNames
{
    public static string Key(string name)
    {
        var decomposed = System.Text.Ascii.IsValid(name) ? name : name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.') continue;
            if (char.IsWhiteSpace(c) || c == '-' || c == ',')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLowerInvariant(c));
        }
        var key = builder.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
