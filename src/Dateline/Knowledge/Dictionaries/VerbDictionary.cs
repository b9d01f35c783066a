namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// A TABARI/PETRARCH verb dictionary in memory: synsets, verb blocks (verbs with codes and shared patterns) and
/// transformations, with lookups by verb word (any form) and by lemma. Immutable once built.
/// </summary>
public sealed class VerbDictionary
{
    private static readonly IReadOnlyList<VerbEntry> NoVerbs = [];
    private readonly Dictionary<string, VerbEntry[]> _byForm;
    private readonly Dictionary<string, VerbEntry[]> _byLemma;
    private readonly Dictionary<string, VerbSynset> _synsets;

    internal VerbDictionary(
        IReadOnlyList<VerbBlock> blocks,
        IReadOnlyList<VerbSynset> synsets,
        IReadOnlyList<VerbTransformation> transformations)
    {
        Blocks = blocks;
        Synsets = synsets;
        Transformations = transformations;
        _synsets = new Dictionary<string, VerbSynset>(StringComparer.OrdinalIgnoreCase);
        foreach (var synset in synsets) _synsets[SynsetKey(synset.Name)] = synset;
        var byForm = new Dictionary<string, List<VerbEntry>>(StringComparer.OrdinalIgnoreCase);
        var byLemma = new Dictionary<string, List<VerbEntry>>(StringComparer.OrdinalIgnoreCase);
        var verbs = new List<VerbEntry>();
        foreach (var block in blocks)
        {
            PatternCount += block.Patterns.Count;
            foreach (var verb in block.Verbs)
            {
                verbs.Add(verb);
                AddOnce(byLemma, verb.Lemma, verb);
                foreach (var form in verb.Forms) AddOnce(byForm, form.Verb, verb);
            }
        }
        Verbs = verbs.ToArray();
        _byForm = Freeze(byForm);
        _byLemma = Freeze(byLemma);
    }

    /// <summary>The verb blocks in file order.</summary>
    public IReadOnlyList<VerbBlock> Blocks { get; }

    /// <summary>Every verb of every block, in file order.</summary>
    public IReadOnlyList<VerbEntry> Verbs { get; }

    /// <summary>The synsets in file order.</summary>
    public IReadOnlyList<VerbSynset> Synsets { get; }

    /// <summary>The verb transformations (<c>~</c> lines) in file order.</summary>
    public IReadOnlyList<VerbTransformation> Transformations { get; }

    /// <summary>The number of patterns over all blocks.</summary>
    public int PatternCount { get; }

    /// <summary>The verbs having <paramref name="word"/> as the verb word of any form (<c>GAVE</c> finds GIVE), case-insensitive.</summary>
    public IReadOnlyList<VerbEntry> FindByForm(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _byForm.TryGetValue(word, out var entries) ? entries : NoVerbs;
    }

    /// <summary>The verbs whose primary verb word is <paramref name="lemma"/> (what a lemmatizer gives), case-insensitive.</summary>
    public IReadOnlyList<VerbEntry> FindByLemma(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        return _byLemma.TryGetValue(lemma, out var entries) ? entries : NoVerbs;
    }

    /// <summary>The patterns that apply to <paramref name="verb"/>: those of its block.</summary>
    public IReadOnlyList<VerbPattern> PatternsFor(VerbEntry verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        return Blocks[verb.BlockIndex].Patterns;
    }

    /// <summary>The synset named <paramref name="name"/> (<c>&amp;CURRENCY</c>; a final <c>_</c> is ignored), or null.</summary>
    public VerbSynset? FindSynset(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _synsets.TryGetValue(SynsetKey(name), out var synset) ? synset : null;
    }

    internal static string SynsetKey(string name) => name.TrimEnd('_');

    private static void AddOnce(Dictionary<string, List<VerbEntry>> index, string key, VerbEntry verb)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (list.Count == 0 || !ReferenceEquals(list[^1], verb)) list.Add(verb);
    }

    private static Dictionary<string, VerbEntry[]> Freeze(Dictionary<string, List<VerbEntry>> index)
    {
        var frozen = new Dictionary<string, VerbEntry[]>(index.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, list) in index) frozen[key] = list.ToArray();
        return frozen;
    }
}
