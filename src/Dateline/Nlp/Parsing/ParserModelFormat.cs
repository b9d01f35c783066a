using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Dateline.Nlp.Parsing;

/// <summary>
/// The parser's file format: the ASCII magic <c>DLPARSE1</c>, an int32 version, then a Deflate stream
/// holding the label names and the two weight tables. A table is its sizes, its sorted buckets
/// delta-coded as 7-bit varints, then per row the number of non-zero weights, their class numbers
/// (one byte each, or two when there are more than 256 classes) and the weights as IEEE half floats.
/// </summary>
internal static class ParserModelFormat
{
    /// <summary>The version this code writes and reads.</summary>
    public const int Version = 2;

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
        var classes = table.Classes;
        var row = new float[classes];
        var counts = new List<byte>();
        var positions = new List<byte>();
        var weights = new List<Half>();
        for (var r = 0; r < table.Buckets.Count; r++)
        {
            table.CopyRow(r, row);
            var count = 0;
            for (var c = 0; c < classes; c++)
            {
                var v = row[c];
                if (v == 0f) continue;
                count++;
                positions.Add((byte)c);
                if (classes > 256) positions.Add((byte)(c >> 8));
                weights.Add((Half)v);
            }
            WriteCount(counts, count);
        }
        writer.Write(counts.Count);
        writer.Write(counts.ToArray());
        writer.Write(positions.Count);
        writer.Write(positions.ToArray());
        writer.Write(weights.Count);
        writer.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(weights)));
    }

    private static void WriteCount(List<byte> counts, int count)
    {
        for (; count >= 0x80; count >>= 7) counts.Add((byte)(count | 0x80));
        counts.Add((byte)count);
    }

    private static ParserWeightTable ReadTable(BinaryReader reader)
    {
        var bits = reader.ReadInt32();
        var classes = reader.ReadInt32();
        var rows = reader.ReadInt32();
        if (bits is < 1 or > 28 || classes is < 1 or > 65535 || rows < 0 || rows > 1 << bits)
        {
            throw new InvalidDataException("E307: parser model table header is corrupt.");
        }
        var buckets = new int[rows];
        var previous = 0;
        for (var i = 0; i < rows; i++)
        {
            previous += reader.Read7BitEncodedInt();
            buckets[i] = previous;
        }
        var counts = ReadBytes(reader);
        var positions = ReadBytes(reader);
        var weights = new Half[ReadLength(reader)];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        var rowStart = new int[rows + 1];
        var entryClass = new ushort[weights.Length];
        var entryWeight = new float[weights.Length];
        int at = 0, p = 0;
        for (var row = 0; row < rows; row++)
        {
            int count = 0, shift = 0;
            byte b;
            do
            {
                b = counts[at++];
                count |= (b & 0x7f) << shift;
                shift += 7;
            }
            while (b >= 0x80);
            var first = rowStart[row];
            for (var k = first; k < first + count; k++)
            {
                int c = positions[p++];
                if (classes > 256) c |= positions[p++] << 8;
                entryClass[k] = (ushort)c;
                entryWeight[k] = (float)weights[k];
            }
            rowStart[row + 1] = first + count;
        }
        return ParserWeightTable.FromEntries(bits, classes, buckets, rowStart, entryClass, entryWeight);
    }

    private static byte[] ReadBytes(BinaryReader reader)
    {
        var bytes = new byte[ReadLength(reader)];
        reader.BaseStream.ReadExactly(bytes);
        return bytes;
    }

    private static int ReadLength(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        return length >= 0 ? length : throw new InvalidDataException("E307: parser model table is corrupt.");
    }
}
