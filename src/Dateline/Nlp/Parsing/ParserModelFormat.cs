using System.IO.Compression;
using System.Text;

namespace Dateline.Nlp.Parsing;

/// <summary>
/// The parser's file format: the ASCII magic <c>DLPARSE1</c>, an int32 version, then a Deflate stream
/// holding the label names and the two weight tables (sorted buckets delta-coded as 7-bit varints,
/// weights as IEEE half floats).
/// </summary>
internal static class ParserModelFormat
{
    /// <summary>The version this code writes and reads.</summary>
    public const int Version = 1;

    private static readonly byte[] Magic = "DLPARSE1"u8.ToArray();

    public static void Write(DependencyParser parser, Stream stream)
    {
        stream.Write(Magic);
        stream.Write(BitConverter.GetBytes(Version));
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true);
        writer.Write(parser.Labels.Count);
        foreach (var label in parser.Labels)
        {
            writer.Write(label);
        }
        WriteTable(writer, parser.Actions);
        WriteTable(writer, parser.LabelWeights);
    }

    public static DependencyParser Read(Stream stream)
    {
        var header = new byte[Magic.Length + 4];
        stream.ReadExactly(header);
        if (!header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("E305: not a Dateline parser model (bad magic).");
        }
        var version = BitConverter.ToInt32(header, Magic.Length);
        if (version != Version)
        {
            throw new InvalidDataException($"E306: parser model version {version} is not supported (expected {Version}).");
        }
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(deflate, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        var labels = new string[reader.ReadInt32()];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = reader.ReadString();
        }
        var actions = ReadTable(reader);
        var labelWeights = ReadTable(reader);
        return new DependencyParser(labels, actions, labelWeights);
    }

    private static void WriteTable(BinaryWriter writer, ParserWeightTable table)
    {
        writer.Write(table.Bits);
        writer.Write(table.Classes);
        writer.Write(table.Buckets.Count);
        var previous = 0;
        foreach (var bucket in table.Buckets)
        {
            writer.Write7BitEncodedInt(bucket - previous);
            previous = bucket;
        }
        foreach (var value in table.Values)
        {
            writer.Write((Half)value);
        }
    }

    private static ParserWeightTable ReadTable(BinaryReader reader)
    {
        var bits = reader.ReadInt32();
        var classes = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (bits is < 1 or > 28 || classes is < 1 or > 1024 || count < 0 || count > 1 << bits)
        {
            throw new InvalidDataException("E307: parser model table header is corrupt.");
        }
        var buckets = new int[count];
        var previous = 0;
        for (var i = 0; i < count; i++)
        {
            previous += reader.Read7BitEncodedInt();
            buckets[i] = previous;
        }
        var values = new float[count * classes];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)reader.ReadHalf();
        }
        return new ParserWeightTable(bits, classes, buckets, values);
    }
}
