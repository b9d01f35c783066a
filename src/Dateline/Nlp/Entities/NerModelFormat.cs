using System.Text;

namespace Dateline.Nlp.Entities;

/// <summary>
/// Reads and writes <see cref="NerModel"/> files: the magic <c>DLNER</c>, a format version, the label count,
/// the transition weights, the feature keys and their weights stored as half-precision floats, then the
/// two tables of the <see cref="WordLexicon"/> (count, then hash and code pairs).
/// Features whose weights are all zero are not written.
/// </summary>
internal static class NerModelFormat
{
    /// <summary>The magic string at the start of every file.</summary>
    public const string Magic = "DLNER";

    /// <summary>The format version written and accepted.</summary>
    public const int Version = 1;

    /// <summary>Writes the model.</summary>
    public static void Write(NerModel model, Stream stream)
    {
        const int labels = BilouScheme.LabelCount;
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Version);
        writer.Write(labels);
        foreach (var weight in model.Transitions) writer.Write(weight);
        var kept = new List<int>();
        for (var f = 0; f < model.FeatureKeys.Length; f++)
        {
            if (!IsZero(model.Weights.AsSpan(f * labels, labels))) kept.Add(f);
        }
        writer.Write(kept.Count);
        foreach (var f in kept) writer.Write(model.FeatureKeys[f]);
        foreach (var f in kept)
        {
            for (var l = 0; l < labels; l++) writer.Write((Half)model.Weights[f * labels + l]);
        }
        WriteTable(writer, model.Lexicon.ProperNoun);
        WriteTable(writer, model.Lexicon.Lowercase);
    }

    private static void WriteTable(BinaryWriter writer, IReadOnlyDictionary<ulong, byte> table)
    {
        var keys = table.Keys.ToArray();
        Array.Sort(keys);
        writer.Write(keys.Length);
        foreach (var key in keys)
        {
            writer.Write(key);
            writer.Write(table[key]);
        }
    }

    private static Dictionary<ulong, byte> ReadTable(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var table = new Dictionary<ulong, byte>(count);
        for (var i = 0; i < count; i++) table[reader.ReadUInt64()] = reader.ReadByte();
        return table;
    }

    /// <summary>Reads a model; <paramref name="name"/> names the source in errors.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this version (E201, E202, E203).</exception>
    public static NerModel Read(Stream stream, string name)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
        if (magic != Magic) throw new InvalidDataException($"E201: '{name}' is not a Dateline NER model (magic '{magic}').");
        var version = reader.ReadInt32();
        if (version != Version) throw new InvalidDataException($"E202: '{name}' has NER model version {version}; this build reads version {Version}.");
        var labels = reader.ReadInt32();
        if (labels != BilouScheme.LabelCount) throw new InvalidDataException($"E203: '{name}' has {labels} labels; expected {BilouScheme.LabelCount}.");
        var transitions = new float[labels * labels];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = reader.ReadSingle();
        var count = reader.ReadInt32();
        var keys = new ulong[count];
        for (var i = 0; i < count; i++) keys[i] = reader.ReadUInt64();
        var weights = new float[count * labels];
        for (var i = 0; i < weights.Length; i++) weights[i] = (float)reader.ReadHalf();
        var properNoun = ReadTable(reader);
        var lowercase = ReadTable(reader);
        return new NerModel(keys, weights, transitions, new WordLexicon(properNoun, lowercase));
    }

    private static bool IsZero(ReadOnlySpan<float> weights)
    {
        foreach (var w in weights)
        {
            if ((Half)w != Half.Zero) return false;
        }
        return true;
    }
}
