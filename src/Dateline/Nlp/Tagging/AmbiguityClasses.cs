using Dateline.Nlp.Learning;

namespace Dateline.Nlp.Tagging;

/// <summary>
/// The ambiguity class of each training word: the set of labels it took (each at least a small share
/// of its occurrences), as one hash keyed by the word's lowercase hash. Features on the classes of the
/// neighbouring words tell the tagger what the next words can be, before they are tagged.
/// </summary>
internal sealed class AmbiguityClasses
{
    /// <summary>The class of a word never seen in training.</summary>
    public static readonly ulong Unknown = PerceptronFeatureHash.OfChars("<unknown-class>");

    private readonly Dictionary<ulong, ulong> _classes;

    /// <summary>Wraps a map from lowercase word hash to class hash.</summary>
    public AmbiguityClasses(Dictionary<ulong, ulong> classes) => _classes = classes;

    /// <summary>An empty set (every word is unknown).</summary>
    public static AmbiguityClasses Empty() => new([]);

    /// <summary>Number of words.</summary>
    public int Count => _classes.Count;

    /// <summary>The class of a lowercase word hash.</summary>
    public ulong Of(ulong lower) => _classes.TryGetValue(lower, out var c) ? c : Unknown;

    /// <summary>Builds classes from per-word label counts; labels under <paramref name="minShare"/> of a word's occurrences are left out.</summary>
    public static AmbiguityClasses Build(Dictionary<ulong, int[]> countsByLower, double minShare)
    {
        var classes = new Dictionary<ulong, ulong>(countsByLower.Count);
        foreach (var (lower, counts) in countsByLower)
        {
            var total = 0;
            foreach (var c in counts) total += c;
            var h = 0x9E3779B97F4A7C15UL;
            for (var label = 0; label < counts.Length; label++)
            {
                if (counts[label] > 0 && counts[label] >= minShare * total) h = PerceptronFeatureHash.Combine(60, h, (ulong)label);
            }
            classes[lower] = h;
        }
        return new AmbiguityClasses(classes);
    }

    /// <summary>Writes the map in key order.</summary>
    public void Write(BinaryWriter writer)
    {
        var distinct = _classes.Values.Distinct().Order().ToArray();
        var index = new Dictionary<ulong, int>(distinct.Length);
        writer.Write(distinct.Length);
        foreach (var c in distinct)
        {
            index[c] = index.Count;
            writer.Write(c);
        }
        writer.Write(_classes.Count);
        foreach (var key in _classes.Keys.Order())
        {
            writer.Write(key);
            writer.Write7BitEncodedInt(index[_classes[key]]);
        }
    }

    /// <summary>Reads a map written by <see cref="Write"/>.</summary>
    public static AmbiguityClasses Read(BinaryReader reader)
    {
        var distinct = new ulong[reader.ReadInt32()];
        for (var i = 0; i < distinct.Length; i++) distinct[i] = reader.ReadUInt64();
        var count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException($"E020: bad ambiguity class count {count}.");
        var classes = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            var at = reader.Read7BitEncodedInt();
            if ((uint)at >= (uint)distinct.Length) throw new InvalidDataException($"E020: ambiguity class {at} out of range.");
            classes[key] = distinct[at];
        }
        return new AmbiguityClasses(classes);
    }
}
