using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dateline.Documents;

namespace Dateline.Serialization;

/// <summary>Writes the <c>article</c> object: identity and metadata.</summary>
internal static class ArticleMetadataJson
{
    public static void Write(Utf8JsonWriter writer, Document document)
    {
        var m = document.Metadata;
        writer.WriteStartObject();
        writer.WriteString("id", m.Id ?? ContentId(document.Text));
        WriteOptional(writer, "url", m.Url);
        WriteOptional(writer, "title", m.Title);
        if (m.Published is { } published)
        {
            writer.WriteString("published", FormatPublished(published));
        }
        else
        {
            writer.WriteNull("published");
        }
        WriteOptional(writer, "source", m.Source);
        WriteStrings(writer, "bylines", m.Bylines);
        WriteStrings(writer, "datelinePlaces", m.DatelinePlaces);
        writer.WriteString("language", m.Language);
        WriteOptional(writer, "origin", m.Origin);
        writer.WriteEndObject();
    }

    /// <summary>The id of an article that has none: the first 16 hex digits of the SHA-256 of its UTF-8 text.</summary>
    public static string ContentId(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>A date alone when the time is midnight with no offset, else ISO 8601 with offset.</summary>
    public static string FormatPublished(DateTimeOffset published) =>
        published.TimeOfDay == TimeSpan.Zero && published.Offset == TimeSpan.Zero
            ? published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
