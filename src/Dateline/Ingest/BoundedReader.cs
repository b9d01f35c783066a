using System.Globalization;

namespace Dateline.Ingest;

/// <summary>Reads a whole stream into memory, refusing (without reading on) anything over a byte limit.</summary>
internal static class BoundedReader
{
    private const int ChunkBytes = 81920;

    /// <summary>The stream's bytes, or null with <paramref name="error"/> set when it is over the limit.</summary>
    /// <exception cref="IOException">The stream fails; the caller reports it as unreadable.</exception>
    public static byte[]? ReadAll(Stream stream, long maxBytes, out string? error)
    {
        error = null;
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > maxBytes)
            {
                error = TooLarge(remaining.ToString(CultureInfo.InvariantCulture), maxBytes);
                return null;
            }
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                error = TooLarge("more than " + maxBytes.ToString(CultureInfo.InvariantCulture), maxBytes);
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The message for an input of <paramref name="size"/> bytes over <paramref name="maxBytes"/>.</summary>
    public static string TooLarge(string size, long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"the input is {size} bytes, over the limit of {maxBytes} bytes (ArticleLoaderOptions.MaxFileBytes)");
}
