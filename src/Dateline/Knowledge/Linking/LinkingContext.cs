using Dateline.Documents;
using Dateline.Nlp.Parsing;

namespace Dateline.Knowledge.Linking;

/// <summary>What linking reads from a document, gathered once: token words and lemmas, tags, the parse, the date.</summary>
internal sealed class LinkingContext
{
    public LinkingContext(Document document, DateOnly? date)
    {
        Document = document;
        Tokens = document.Get(Layers.Tokens);
        Upos = document.Get(Layers.Tags).Upos;
        Lemmas = document.Get(Layers.Lemmas);
        Tree = SyntaxTree.Of(document);
        Date = date;
        var words = new string[Tokens.Count];
        for (var i = 0; i < words.Length; i++) words[i] = Tokens[i].Form ?? document.Text.Substring(Tokens[i].Start, Tokens[i].End - Tokens[i].Start);
        Words = words;
        TokenActors = new ActorLink?[Tokens.Count];
        InEntity = new bool[Tokens.Count];
    }

    /// <summary>The article date: the day of its publication, or null.</summary>
    public static DateOnly? DateOf(Document document) =>
        document.Metadata.Published is { } published ? DateOnly.FromDateTime(published.Date) : null;

    public Document Document { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<string> Upos { get; }

    public IReadOnlyList<string> Lemmas { get; }

    public SyntaxTree Tree { get; }

    public DateOnly? Date { get; }

    /// <summary>Token forms as strings (for phrase lookups).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The actor of the entity each token belongs to, filled in as linking goes.</summary>
    public ActorLink?[] TokenActors { get; }

    /// <summary>True for tokens inside an entity mention.</summary>
    public bool[] InEntity { get; }

    /// <summary>The first and last token (inclusive) covered by <paramref name="span"/>, or (-1, -1) when none.</summary>
    public (int First, int Last) TokensOf(TextSpan span)
    {
        var low = 0;
        var high = Tokens.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Tokens[middle].End <= span.Start) low = middle + 1;
            else high = middle - 1;
        }
        var first = low;
        var last = first - 1;
        while (last + 1 < Tokens.Count && Tokens[last + 1].Start < span.End) last++;
        return last >= first ? (first, last) : (-1, -1);
    }

    /// <summary>The token of a span whose head lies outside it (its syntactic head), or -1 when the span covers no token.</summary>
    public int HeadOf(TextSpan span)
    {
        var (first, last) = TokensOf(span);
        if (first < 0) return -1;
        for (var i = first; i <= last; i++)
        {
            var head = Tree.Head(i);
            if (head < first || head > last) return i;
        }
        return last;
    }
}
