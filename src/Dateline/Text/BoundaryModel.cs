using System.Text;

namespace Dateline.Text;

/// <summary>
/// The data of the sentence-boundary model: hashed feature weights of an averaged perceptron that decides,
/// for a gap with no terminal mark before a capitalized word or a symbol, whether a sentence ends there
/// (web and e-mail text: <c>Thanks | Anne</c>, <c>08/16/2000 12:05 PM | I just...</c>).
/// Binary format, little-endian: the magic <c>DLSEGB</c>, version (int32, 1), hash bits (int32),
/// threshold (float32), then 2^bits weights (float32).
/// </summary>
internal sealed class BoundaryModel
{
    /// <summary>The file name in <c>models/</c>.</summary>
    public const string FileName = "segmenter-boundaries.bin";

    private const string Magic = "DLSEGB";
    private const int Version = 1;
    private readonly float[] _weights;

    /// <summary>Creates a model from its weights (length a power of two) and decision threshold.</summary>
    public BoundaryModel(float[] weights, float threshold)
    {
        if (weights.Length == 0 || (weights.Length & (weights.Length - 1)) != 0)
        {
            throw new ArgumentException("E110: boundary model weights must have a power-of-two length.", nameof(weights));
        }
        _weights = weights;
        Threshold = threshold;
    }

    /// <summary>Number of hashed feature slots.</summary>
    public int Size => _weights.Length;

    /// <summary>A gap whose score exceeds this ends a sentence.</summary>
    public float Threshold { get; }

    /// <summary>The score of a gap from its feature indices.</summary>
    public float Score(ReadOnlySpan<int> features)
    {
        var score = 0f;
        foreach (var f in features) score += _weights[f];
        return score;
    }

    /// <summary>Writes the model.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Version);
        writer.Write(System.Numerics.BitOperations.Log2((uint)_weights.Length));
        writer.Write(Threshold);
        foreach (var w in _weights) writer.Write(w);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a boundary model of this version (names <paramref name="name"/>).</exception>
    public static BoundaryModel Read(Stream stream, string name)
    {
        using var reader = new BinaryReader(stream, Encoding.ASCII, leaveOpen: true);
        var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
        if (magic != Magic) throw new InvalidDataException($"E111: '{name}' is not a Dateline sentence-boundary model.");
        var version = reader.ReadInt32();
        if (version != Version) throw new InvalidDataException($"E112: '{name}' has boundary model version {version}; this build reads {Version}.");
        var bits = reader.ReadInt32();
        if (bits is < 1 or > 24) throw new InvalidDataException($"E113: '{name}' declares {bits} hash bits.");
        var threshold = reader.ReadSingle();
        var weights = new float[1 << bits];
        for (var i = 0; i < weights.Length; i++) weights[i] = reader.ReadSingle();
        return new BoundaryModel(weights, threshold);
    }
}
