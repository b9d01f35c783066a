namespace Dateline.Nlp.Tagging;

/// <summary>The tagger's classes: joint (XPOS, UPOS) pairs, as seen in training.</summary>
internal sealed class TaggerLabels
{
    private readonly Dictionary<(string, string), int> _ids = [];

    /// <summary>Creates the label set from pairs in id order.</summary>
    public TaggerLabels(IEnumerable<(string Xpos, string Upos)> pairs)
    {
        var xpos = new List<string>();
        var upos = new List<string>();
        foreach (var (x, u) in pairs)
        {
            if (!_ids.TryAdd((x, u), xpos.Count)) throw new ArgumentException($"duplicate label {x}|{u}.", nameof(pairs));
            xpos.Add(x);
            upos.Add(u);
        }
        Xpos = [.. xpos];
        Upos = [.. upos];
    }

    /// <summary>Number of labels.</summary>
    public int Count => Xpos.Length;

    /// <summary>PTB tag of each label.</summary>
    public string[] Xpos { get; }

    /// <summary>Universal tag of each label.</summary>
    public string[] Upos { get; }

    /// <summary>The id of a pair, or -1 when unknown.</summary>
    public int IdOf(string xpos, string upos) => _ids.TryGetValue((xpos, upos), out var id) ? id : -1;

    /// <summary>Writes the labels.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        for (var i = 0; i < Count; i++)
        {
            writer.Write(Xpos[i]);
            writer.Write(Upos[i]);
        }
    }

    /// <summary>Reads labels written by <see cref="Write"/>.</summary>
    public static TaggerLabels Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count is < 1 or > 256) throw new InvalidDataException($"E020: bad label count {count}.");
        var pairs = new (string, string)[count];
        for (var i = 0; i < count; i++) pairs[i] = (reader.ReadString(), reader.ReadString());
        return new TaggerLabels(pairs);
    }
}
