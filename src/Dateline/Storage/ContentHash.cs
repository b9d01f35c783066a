using System.Security.Cryptography;
using System.Text;

namespace Dateline.Storage;

/// <summary>
/// The identity of an article's text in the store: the SHA-256 (lower-case hex) of the text normalized to
/// Unicode NFC, with every run of white space (line breaks included) folded to one space and the ends trimmed.
/// The same story saved with CRLF line ends or re-wrapped paragraphs has the same hash.
/// </summary>
public static class ContentHash
{
    /// <summary>Returns the 64-hex-digit hash of <paramref name="text"/>'s normalized form.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Normalize(text.Normalize(NormalizationForm.FormC));
        var bytes = Encoding.UTF8.GetBytes(normalized);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
