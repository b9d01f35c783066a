namespace Dateline.Nlp.Tagging;

/// <summary>
/// Frequent words that the training data always (or almost always) tags one way, keyed by the hash
/// of their normalized form. The tagger assigns their label without scoring.
/// </summary>
internal sealed class TagDictionary
{
    private readonly Dictionary<ulong, int> _labels;

    /// <summary>Wraps a map from form hash to label id.</summary>
    public TagDictionary(Dictionary<ulong, int> labels) => _labels = labels;

    /// <summary>Number of words.</summary>
    public int Count => _labels.Count;

    /// <summary>The label of a word, or -1 when the word is not in the dictionary.</summary>
    public int Find(ulong form) => _labels.TryGetValue(form, out var label) ? label : -1;

    /// <summary>Writes the dictionary in key order.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_labels.Count);
        foreach (var key in _labels.Keys.Order())
        {
            writer.Write(key);
            writer.Write((byte)_labels[key]);
        }
    }

    /// <summary>Reads a dictionary written by <see cref="Write"/>.</summary>
    public static TagDictionary Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException($"E020: bad tag dictionary size {count}.");
        var labels = new Dictionary<ulong, int>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            labels[key] = reader.ReadByte();
        }
        return new TagDictionary(labels);
    }
}
