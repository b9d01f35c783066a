using Dateline.Documents;
using Dateline.Nlp.Parsing;

namespace Dateline.Extraction.Quotes;

/// <summary>
/// The layers quote finding reads, with per-token lookups built once per document: the sentence of each
/// token and the entity mention covering it.
/// </summary>
internal sealed class QuoteDocument
{
    private readonly int[] _sentenceOf;
    private readonly int[] _entityOf;
    private readonly TextSpan[] _mentionOf;
    private readonly bool[] _people;
    private readonly List<int> _paragraphStarts = [0];

    private QuoteDocument(Document document)
    {
        Text = document.Text;
        Tokens = document.Get(Layers.Tokens);
        Sentences = document.Get(Layers.Sentences);
        var tags = document.Get(Layers.Tags);
        Upos = tags.Upos;
        Xpos = tags.Xpos;
        Lemmas = document.Get(Layers.Lemmas);
        Tree = SyntaxTree.Of(document);
        Entities = document.Get(Layers.Entities);
        _sentenceOf = new int[Tokens.Count];
        for (var s = 0; s < Sentences.Count; s++)
        {
            for (var t = Sentences[s].FirstToken; t < Sentences[s].EndToken; t++) _sentenceOf[t] = s;
        }
        _entityOf = new int[Tokens.Count];
        _mentionOf = new TextSpan[Tokens.Count];
        Array.Fill(_entityOf, -1);
        IndexMentions();
        _people = PersonGuard.People(Text, Entities);
        for (var i = 1; i < Text.Length; i++)
        {
            if (Text[i] == '\n' && Text[i - 1] == '\n') _paragraphStarts.Add(i);
        }
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<string> Upos { get; }

    public IReadOnlyList<string> Xpos { get; }

    public IReadOnlyList<string> Lemmas { get; }

    public SyntaxTree Tree { get; }

    public IReadOnlyList<Entity> Entities { get; }

    public int Count => Tokens.Count;

    public static QuoteDocument Of(Document document) => new(document);

    public int SentenceOf(int token) => _sentenceOf[token];

    /// <summary>Index of the paragraph (blank-line separated) holding the character offset.</summary>
    public int ParagraphOf(int offset)
    {
        var found = _paragraphStarts.BinarySearch(offset);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>Index into <see cref="Entities"/> of the entity whose mention covers the token, or -1.</summary>
    public int EntityOf(int token) => _entityOf[token];

    /// <summary>True when entity <paramref name="entity"/> is a person that passes <see cref="PersonGuard"/>.</summary>
    public bool IsPersonEntity(int entity) => entity >= 0 && _people[entity];

    /// <summary>True when the token lies in a mention of a person that passes <see cref="PersonGuard"/>.</summary>
    public bool IsPerson(int token) => IsPersonEntity(_entityOf[token]);

    /// <summary>The mention covering the token (meaningful only when <see cref="EntityOf"/> is not -1).</summary>
    public TextSpan MentionOf(int token) => _mentionOf[token];

    public ReadOnlySpan<char> Word(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].End - Tokens[token].Start);

    public bool IsPunct(int token) => Upos[token] == "PUNCT";

    public bool IsNominal(int token) => Upos[token] is "NOUN" or "PROPN" or "PRON";

    public bool IsVerb(int token) => Upos[token] is "VERB" or "AUX";

    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Start, Tokens[last].End);

    /// <summary>The first token that starts at or after <paramref name="offset"/> (Count when none).</summary>
    public int FirstTokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private void IndexMentions()
    {
        for (var e = 0; e < Entities.Count; e++)
        {
            foreach (var mention in Entities[e].Mentions)
            {
                for (var t = FirstTokenAtOrAfter(mention.Start); t < Count && Tokens[t].End <= mention.End; t++)
                {
                    _entityOf[t] = e;
                    _mentionOf[t] = mention;
                }
            }
        }
    }
}
