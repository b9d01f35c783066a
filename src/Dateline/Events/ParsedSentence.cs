using Dateline.Corpora;
using Dateline.Documents;

namespace Dateline.Events;

/// <summary>
/// One sentence's dependency parse as the event coder reads it: upper-case words and lemmas, UPOS tags,
/// sentence-local heads (-1 for the root), UD v2 relations and the character span of each word. Built from a
/// document sentence (our own pipeline) or from a CoNLL-U record (supplied parses), so the same coder runs on both.
/// </summary>
public sealed class ParsedSentence
{
    private readonly int[] _childStart;
    private readonly int[] _children;

    private ParsedSentence(string[] words, string[] lemmas, string[] upos, int[] heads, string[] relations, int[] starts, int[] ends, bool[]? people = null)
    {
        People = people ?? new bool[words.Length];
        Words = words;
        Lemmas = lemmas;
        Upos = upos;
        Heads = heads;
        Relations = relations;
        Starts = starts;
        Ends = ends;
        (_childStart, _children) = Nlp.Parsing.ChildIndex.Build(heads);
    }

    /// <summary>
    /// Per word, true when it lies in a mention of a person or group entity (<see cref="Layers.Entities"/>; all
    /// false for supplied parses): such a phrase can fill a pattern slot that needs an actor.
    /// </summary>
    public bool[] People { get; }

    /// <summary>Number of words.</summary>
    public int Count => Words.Length;

    /// <summary>Words, upper-cased (dictionary phrases are upper-case).</summary>
    public string[] Words { get; }

    /// <summary>Lemmas, upper-cased.</summary>
    public string[] Lemmas { get; }

    /// <summary>Universal POS tags.</summary>
    public string[] Upos { get; }

    /// <summary>Sentence-local head of each word, -1 for the root.</summary>
    public int[] Heads { get; }

    /// <summary>UD v2 relations (v1 names such as <c>dobj</c> and <c>nmod</c> on verbs are renamed when read).</summary>
    public string[] Relations { get; }

    /// <summary>Character offset of each word in the text it came from.</summary>
    public int[] Starts { get; }

    /// <summary>Character offset one past each word.</summary>
    public int[] Ends { get; }

    /// <summary>The word's dependents, in text order.</summary>
    public ReadOnlySpan<int> Children(int word) => _children.AsSpan(_childStart[word], _childStart[word + 1] - _childStart[word]);

    /// <summary>True when the relation of <paramref name="word"/> is <paramref name="relation"/> or a subtype of it.</summary>
    public bool Is(int word, string relation)
    {
        var actual = Relations[word];
        return actual.StartsWith(relation, StringComparison.Ordinal) &&
            (actual.Length == relation.Length || actual[relation.Length] == ':');
    }

    /// <summary>The first dependent with the relation (or a subtype), or -1.</summary>
    public int FirstChild(int word, string relation)
    {
        foreach (var child in Children(word))
        {
            if (Is(child, relation)) return child;
        }
        return -1;
    }

    /// <summary>True for nouns, proper nouns, pronouns and numbers used as nominals.</summary>
    public bool IsNominal(int word) => Upos[word] is "NOUN" or "PROPN" or "PRON" or "NUM" or "X";

    /// <summary>True when <paramref name="word"/> lies in the subtree of <paramref name="ancestor"/> (itself included).</summary>
    public bool IsUnder(int word, int ancestor)
    {
        for (var steps = 0; word >= 0 && steps <= Count; steps++)
        {
            if (word == ancestor) return true;
            word = Heads[word];
        }
        return false;
    }

    /// <summary>
    /// The first and last word of a noun's own phrase: the noun with its compounds, flat name parts, adjectives,
    /// determiners, numbers and possessors (not its prepositional modifiers, clauses or conjuncts).
    /// </summary>
    public (int First, int Last) OwnExtent(int head)
    {
        int first = head, last = head;
        Extend(head, ref first, ref last);
        return (first, last);
    }

    private void Extend(int word, ref int first, ref int last)
    {
        foreach (var child in Children(word))
        {
            if (!IsOwnPart(child)) continue;
            first = Math.Min(first, child);
            last = Math.Max(last, child);
            Extend(child, ref first, ref last);
        }
    }

    private bool IsOwnPart(int child) =>
        Is(child, "compound") || Is(child, "flat") || Is(child, "amod") || Is(child, "det") ||
        Is(child, "nmod:poss") || Is(child, "nummod") || Is(child, "fixed") || Is(child, "goeswith") ||
        (Is(child, "case") && Words[child] is "'S" or "’S" or "'") ||
        (Is(child, "punct") && Words[child] is "-");

    /// <summary>The sentence of a document whose tokens, tags, lemmas and dependencies are set.</summary>
    public static ParsedSentence FromDocument(Document document, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Get(Layers.Tokens);
        var tags = document.Get(Layers.Tags);
        var lemmas = document.Get(Layers.Lemmas);
        var tree = document.Get(Layers.Dependencies);
        var n = sentence.TokenCount;
        var words = new string[n];
        var lemmaWords = new string[n];
        var upos = new string[n];
        var heads = new int[n];
        var relations = new string[n];
        var starts = new int[n];
        var ends = new int[n];
        for (var i = 0; i < n; i++)
        {
            var t = sentence.FirstToken + i;
            var token = tokens[t];
            words[i] = (token.Form ?? document.Text.AsSpan(token.Start, token.End - token.Start).ToString()).ToUpperInvariant();
            lemmaWords[i] = lemmas[t].ToUpperInvariant();
            upos[i] = tags.Upos[t];
            var head = tree.Heads[t];
            heads[i] = head < sentence.FirstToken || head >= sentence.EndToken ? -1 : head - sentence.FirstToken;
            relations[i] = tree.Relations[t];
            starts[i] = token.Start;
            ends[i] = token.End;
        }
        return new ParsedSentence(words, lemmaWords, upos, heads, relations, starts, ends, FindPeople(document, starts, ends));
    }

    private static bool[] FindPeople(Document document, int[] starts, int[] ends)
    {
        var people = new bool[starts.Length];
        if (starts.Length == 0 || !document.TryGet(Layers.Entities, out var entities)) return people;
        var (first, last) = (starts[0], ends[^1]);
        foreach (var entity in entities)
        {
            if (entity.Type is not (EntityType.Person or EntityType.Group)) continue;
            foreach (var mention in entity.Mentions)
            {
                if (mention.End <= first || mention.Start >= last) continue;
                for (var i = 0; i < starts.Length; i++) people[i] |= starts[i] >= mention.Start && ends[i] <= mention.End;
            }
        }
        return people;
    }

    /// <summary>
    /// A CoNLL-U sentence; character offsets are those of the words joined by single blanks (or by nothing where
    /// <c>SpaceAfter=No</c>), starting at <paramref name="offset"/>.
    /// </summary>
    public static ParsedSentence FromConllu(ConlluSentence sentence, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var n = sentence.Words.Count;
        var words = new string[n];
        var lemmas = new string[n];
        var upos = new string[n];
        var heads = new int[n];
        var relations = new string[n];
        var starts = new int[n];
        var ends = new int[n];
        var position = offset;
        for (var i = 0; i < n; i++)
        {
            var w = sentence.Words[i];
            words[i] = w.Form.ToUpperInvariant();
            lemmas[i] = w.Lemma.ToUpperInvariant();
            upos[i] = w.Upos;
            heads[i] = w.Head - 1;
            starts[i] = position;
            ends[i] = position + w.Form.Length;
            position = ends[i] + (w.SpaceAfter ? 1 : 0);
        }
        for (var i = 0; i < n; i++) relations[i] = UdRelations.ToVersion2(sentence.Words[i].Deprel, heads[i] >= 0 ? upos[heads[i]] : "");
        return new ParsedSentence(words, lemmas, upos, heads, relations, starts, ends);
    }
}
