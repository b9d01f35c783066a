using System.Text;

namespace Dateline.Storage;

/// <summary>
/// How entities merge across articles: by actor code and canonical name (lower-cased, white space and
/// punctuation folded to single spaces, a leading "the" dropped): <c>the Kremlin</c> and <c>Kremlin</c> are one.
/// </summary>
internal static class EntityKey
{
    public static string Of(string name, string? actorCode) => (actorCode ?? "") + "|" + Fold(name);

    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        var folded = builder.ToString();
        return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
    }
}
