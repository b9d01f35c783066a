namespace Dateline.Nlp.Entities;

/// <summary>
/// What a treebank says about words, stored in the NER model: for each word form as written, how often it
/// was a proper noun (a code of ratio and frequency buckets), and for each lower-cased form, how often it
/// appeared written in lower case. Lets the recognizer tell <c>Bush</c> the name from <c>Bush</c> opening a sentence.
/// </summary>
internal sealed class WordLexicon
{
    private readonly Dictionary<ulong, byte> _properNoun;
    private readonly Dictionary<ulong, byte> _lowercase;

    /// <summary>Creates a lexicon from its two tables (hash of the form → code).</summary>
    public WordLexicon(Dictionary<ulong, byte> properNoun, Dictionary<ulong, byte> lowercase)
    {
        _properNoun = properNoun;
        _lowercase = lowercase;
    }

    /// <summary>An empty lexicon (every word unseen).</summary>
    public static WordLexicon Empty => new([], []);

    /// <summary>Proper-noun codes keyed by <see cref="FeatureHash.Of"/> of the form.</summary>
    public IReadOnlyDictionary<ulong, byte> ProperNoun => _properNoun;

    /// <summary>Lower-case frequency codes keyed by <see cref="FeatureHash.OfLower"/> of the form.</summary>
    public IReadOnlyDictionary<ulong, byte> Lowercase => _lowercase;

    /// <summary>0 when unseen, else <c>1 + 3 * ratio + frequency</c> with ratio 0 (never), 1 (under half), 2 (half or more), 3 (always) and frequency 0 (once), 1 (up to 5), 2 (more).</summary>
    public int ProperNounCode(ulong exactHash) => _properNoun.GetValueOrDefault(exactHash);

    /// <summary>0 when never seen in lower case, else 1 (1–2 times), 2 (3–10), 3 (more).</summary>
    public int LowercaseCode(ulong lowerHash) => _lowercase.GetValueOrDefault(lowerHash);

    /// <summary>The proper-noun code for counts.</summary>
    public static byte EncodeProperNoun(int total, int properNoun)
    {
        var ratio = properNoun == 0 ? 0 : properNoun * 2 < total ? 1 : properNoun < total ? 2 : 3;
        var frequency = total == 1 ? 0 : total <= 5 ? 1 : 2;
        return (byte)(1 + 3 * ratio + frequency);
    }

    /// <summary>The lower-case code for a count above zero.</summary>
    public static byte EncodeLowercase(int count) => (byte)(count <= 2 ? 1 : count <= 10 ? 2 : 3);
}
