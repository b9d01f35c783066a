namespace Dateline.Nlp.Entities;

/// <summary>
/// The project's name lists (<c>Gazetteers/*.txt</c>, embedded), matched against token sequences by hash.
/// Entries written in capitals (acronyms such as <c>US</c>) or in lower case match only as written;
/// other entries also match case-insensitively, which the recognizer sees as a separate, weaker feature.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>The lists, in the order of their feature numbers.</summary>
    public static readonly string[] ListNames =
        ["countries", "demonyms", "cities", "regions", "organizations", "media", "government", "titles", "givennames", "surnames"];

    /// <summary>Number of the list of nationality and group words.</summary>
    public const int Demonyms = 1;

    /// <summary>Numbers of the lists of places, organizations, media and government bodies.</summary>
    public const int Countries = 0, Cities = 2, Regions = 3, Organizations = 4, Media = 5, Government = 6;

    /// <summary>Number of the list of person titles.</summary>
    public const int Titles = 7;

    private readonly Dictionary<ulong, int> _exact = [];
    private readonly Dictionary<ulong, int> _folded = [];
    private readonly int _maxLength;

    private Gazetteer(IReadOnlyList<IEnumerable<string>> lists)
    {
        for (var list = 0; list < lists.Count; list++)
        {
            foreach (var entry in lists[list])
            {
                var words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0) continue;
                _maxLength = Math.Max(_maxLength, words.Length);
                Add(_exact, PhraseHash(words, folded: false), list);
                if (!IsCaseSensitive(entry))
                {
                    Add(_folded, PhraseHash(words, folded: true), list);
                }
            }
        }
    }

    /// <summary>Longest entry, in tokens.</summary>
    public int MaxLength => _maxLength;

    /// <summary>Builds a gazetteer from entries, one sequence per list of <see cref="ListNames"/>.</summary>
    public static Gazetteer FromEntries(IReadOnlyList<IEnumerable<string>> lists) => new(lists);

    /// <summary>Loads the lists embedded in this assembly.</summary>
    /// <exception cref="InvalidOperationException">A list is missing from the assembly (E210).</exception>
    public static Gazetteer LoadEmbedded()
    {
        var assembly = typeof(Gazetteer).Assembly;
        var lists = new List<IEnumerable<string>>();
        foreach (var name in ListNames)
        {
            using var stream = assembly.GetManifestResourceStream("gazetteers/" + name + ".txt")
                ?? throw new InvalidOperationException($"E210: gazetteer list '{name}.txt' is not embedded in the assembly.");
            using var reader = new StreamReader(stream);
            lists.Add(ReadEntries(reader));
        }
        return new Gazetteer(lists);
    }

    /// <summary>Reads a list file: one entry per line; blank lines and lines starting with <c>#</c> are skipped.</summary>
    public static List<string> ReadEntries(TextReader reader)
    {
        var entries = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#') entries.Add(trimmed);
        }
        return entries;
    }

    /// <summary>
    /// Marks every token covered by an entry. Bit <c>4 * list + part</c> (part B=0, I=1, L=2, U=3) of
    /// <paramref name="exact"/> is set for matches as written, and of <paramref name="folded"/> for matches only
    /// without case. The hashes are <see cref="FeatureHash.Of"/> and <see cref="FeatureHash.OfLower"/> of each token.
    /// </summary>
    public void Match(ReadOnlySpan<ulong> exactHashes, ReadOnlySpan<ulong> lowerHashes, Span<ulong> exact, Span<ulong> folded)
    {
        exact.Clear();
        folded.Clear();
        for (var start = 0; start < exactHashes.Length; start++)
        {
            ulong exactPhrase = 0, lowerPhrase = 0;
            var limit = Math.Min(_maxLength, exactHashes.Length - start);
            for (var length = 1; length <= limit; length++)
            {
                exactPhrase = Step(exactPhrase, exactHashes[start + length - 1]);
                lowerPhrase = Step(lowerPhrase, lowerHashes[start + length - 1]);
                var exactLists = _exact.GetValueOrDefault(exactPhrase);
                var foldedLists = _folded.GetValueOrDefault(lowerPhrase) & ~exactLists;
                Mark(exact, exactLists, start, length);
                Mark(folded, foldedLists, start, length);
            }
        }
    }

    /// <summary>
    /// The longest entry of one of the lists in <paramref name="listMask"/> that starts at <paramref name="start"/>,
    /// matched as written: its length in tokens (0 when none) and, in <paramref name="lists"/>, the lists holding it.
    /// </summary>
    public int LongestMatch(ReadOnlySpan<ulong> exactHashes, int start, int listMask, out int lists)
    {
        ulong phrase = 0;
        var best = 0;
        lists = 0;
        var limit = Math.Min(_maxLength, exactHashes.Length - start);
        for (var length = 1; length <= limit; length++)
        {
            phrase = Step(phrase, exactHashes[start + length - 1]);
            var found = _exact.GetValueOrDefault(phrase) & listMask;
            if (found != 0)
            {
                best = length;
                lists = found;
            }
        }
        return best;
    }

    /// <summary>True when the single word is in list <paramref name="list"/> as written.</summary>
    public bool Contains(int list, ReadOnlySpan<char> word) =>
        (_exact.GetValueOrDefault(Step(0, FeatureHash.Of(word))) & (1 << list)) != 0;

    /// <summary>True when the single word is in list <paramref name="list"/> in any case.</summary>
    public bool ContainsIgnoringCase(int list, ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        Span<char> capitalized = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        lower.CopyTo(capitalized);
        if (capitalized.Length > 0) capitalized[0] = char.ToUpperInvariant(capitalized[0]);
        return Contains(list, word) || Contains(list, lower) || Contains(list, capitalized)
            || (_folded.GetValueOrDefault(Step(0, FeatureHash.OfLower(word))) & (1 << list)) != 0;
    }

    private static void Mark(Span<ulong> bits, int lists, int start, int length)
    {
        for (var list = 0; lists != 0; list++, lists >>= 1)
        {
            if ((lists & 1) == 0) continue;
            var shift = 4 * list;
            if (length == 1)
            {
                bits[start] |= 8UL << shift;
                continue;
            }
            bits[start] |= 1UL << shift;
            for (var i = start + 1; i < start + length - 1; i++) bits[i] |= 2UL << shift;
            bits[start + length - 1] |= 4UL << shift;
        }
    }

    private static bool IsCaseSensitive(string entry)
    {
        bool anyUpper = false, anyLower = false;
        foreach (var c in entry)
        {
            anyUpper |= char.IsUpper(c);
            anyLower |= char.IsLower(c);
        }
        return !anyLower || !anyUpper;
    }

    private static void Add(Dictionary<ulong, int> table, ulong key, int list) =>
        table[key] = table.GetValueOrDefault(key) | (1 << list);

    private static ulong PhraseHash(string[] words, bool folded)
    {
        ulong phrase = 0;
        foreach (var word in words)
        {
            phrase = Step(phrase, folded ? FeatureHash.OfLower(word) : FeatureHash.Of(word));
        }
        return phrase;
    }

    private static ulong Step(ulong phrase, ulong word) => FeatureHash.Mix(31, phrase, word);
}
