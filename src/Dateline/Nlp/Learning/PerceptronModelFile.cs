using System.IO.Compression;
using System.Text;

namespace Dateline.Nlp.Learning;

/// <summary>
/// The container of a binary model file: an 8-byte ASCII magic, a 32-bit version, then the body
/// compressed with Brotli. Readers check both before reading the body.
/// </summary>
internal static class PerceptronModelFile
{
    /// <summary>Writes the header and returns a writer over the compressed body; dispose it to flush.</summary>
    public static BinaryWriter BeginWrite(Stream stream, string magic, int version)
    {
        var header = MagicBytes(magic);
        stream.Write(header);
        stream.Write(BitConverter.GetBytes(version));
        var body = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        return new BinaryWriter(body, Encoding.UTF8, leaveOpen: false);
    }

    /// <summary>Checks the header and returns a reader over the decompressed body.</summary>
    /// <exception cref="InvalidDataException">The magic or the version is not the expected one (E021).</exception>
    public static BinaryReader BeginRead(Stream stream, string magic, int version, string name)
    {
        var expected = MagicBytes(magic);
        Span<byte> header = stackalloc byte[expected.Length + 4];
        stream.ReadExactly(header);
        if (!header[..expected.Length].SequenceEqual(expected))
        {
            throw new InvalidDataException($"E021: '{name}' is not a {magic.Trim()} model file.");
        }
        var found = BitConverter.ToInt32(header[expected.Length..]);
        if (found != version)
        {
            throw new InvalidDataException($"E021: '{name}' is version {found}; this build reads version {version}. Retrain it with 'dateline train'.");
        }
        var body = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        return new BinaryReader(new BufferedStream(body, 1 << 16), Encoding.UTF8, leaveOpen: false);
    }

    private static byte[] MagicBytes(string magic)
    {
        if (magic.Length != 8) throw new ArgumentException("the magic must be 8 ASCII characters.", nameof(magic));
        return Encoding.ASCII.GetBytes(magic);
    }
}
