using Dateline.Documents;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Linking;

/// <summary>Role nouns: <c>a Russian defence ministry spokesman</c> → <c>RUSMIL</c>.</summary>
public sealed partial class ActorResolver
{
    private const int MaxAttachmentDepth = 3;
    private const int MaxTitleWords = 4;

    /// <summary>
    /// The actor a noun phrase names, from its head token: the agent of its role words (the leftmost agent phrase
    /// among the modifiers and head: <c>defence ministry</c> before <c>spokesman</c>), qualified by the country of a
    /// modifier (<c>Russian</c>, <c>Ukraine</c>, <c>Zelenskiy's</c>) or of an entity it is attached to (<c>an adviser to
    /// Zelenskiy's chief of staff</c>). Uses the document's <see cref="LinkingLayers.EntityLinks"/> when present.
    /// Null when the phrase names no role and no country.
    /// </summary>
    /// <param name="document">A document with tokens, tags, lemmas and dependencies.</param>
    /// <param name="headToken">The noun's document-wide token index.</param>
    /// <param name="date">The date codes must be valid on (the article date); null to take undated codes.</param>
    public ActorLink? ResolveNounPhrase(Document document, int headToken, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new LinkingContext(document, date);
        if (headToken < 0 || headToken >= context.Tokens.Count) throw new ArgumentOutOfRangeException(nameof(headToken));
        if (document.TryGet(LinkingLayers.EntityLinks, out var links)) MarkEntities(context, links);
        return ResolvePhrase(context, headToken, -1);
    }

    /// <summary>Fills the token-actor table from linked entities.</summary>
    internal static void MarkEntities(LinkingContext context, IReadOnlyList<LinkedEntity> links)
    {
        foreach (var entity in links)
        {
            foreach (var mention in entity.Mentions)
            {
                var (first, last) = context.TokensOf(mention.Span);
                for (var i = first; i >= 0 && i <= last; i++)
                {
                    context.TokenActors[i] = mention.Actor ?? entity.Actor;
                    context.InEntity[i] = true;
                }
            }
        }
    }

    /// <summary>The noun phrase's actor; tokens of <paramref name="skipFrom"/>'s name (the person being described) are not used for the country.</summary>
    internal ActorLink? ResolvePhrase(LinkingContext context, int head, int skipFrom, int skipTo = -1)
    {
        var modifiers = new List<int>();
        CollectModifiers(context, head, modifiers, 0);
        if (skipFrom >= 0 && head >= skipFrom && head <= skipTo) AddTitleZone(context, skipFrom, modifiers);
        modifiers.Add(head);
        modifiers.Sort();
        var agent = FindAgent(context, modifiers);
        ActorLink? anchor = null;
        foreach (var token in modifiers)
        {
            if (token >= skipFrom && token <= skipTo) continue;
            anchor ??= context.TokenActors[token] ?? WordActor(context, token);
        }
        anchor ??= AttachedActor(context, head, 0);
        return Combine(agent, anchor);
    }

    private ActorLink? Combine(AgentEntry? agent, ActorLink? anchor)
    {
        if (agent is null) return anchor is null ? null : anchor with { Source = ActorSource.Context };
        if (anchor is null) return Describe(agent.Code, ActorSource.Context);
        if (anchor.Country is null) return anchor with { Source = ActorSource.Context };
        return Describe(agent.Qualify(anchor.Country), ActorSource.Context);
    }

    private static void CollectModifiers(LinkingContext context, int token, List<int> found, int depth)
    {
        if (depth > MaxAttachmentDepth) return;
        foreach (var child in context.Tree.Children(token))
        {
            var relation = context.Tree.Relation(child);
            if (relation is "compound" or "amod" or "flat" or "nmod:poss" or "nmod:desc" or "nmod:npmod" || relation.StartsWith("flat:", StringComparison.Ordinal))
            {
                found.Add(child);
                CollectModifiers(context, child, found, depth + 1);
            }
        }
    }

    /// <summary>
    /// The capitalized words right before a name (<c>Ukrainian Foreign Minister</c> Olena Marchuk), read as its title
    /// whatever the parse made of them.
    /// </summary>
    private static void AddTitleZone(LinkingContext context, int nameStart, List<int> modifiers)
    {
        for (var token = nameStart - 1; token >= 0 && nameStart - token <= MaxTitleWords && IsTitleWord(context, token); token--)
        {
            if (!modifiers.Contains(token)) modifiers.Add(token);
        }
    }

    private static bool IsTitleWord(LinkingContext context, int token)
    {
        var word = context.Words[token];
        return word.Length > 0 && char.IsUpper(word[0]) && context.Upos[token] is "PROPN" or "NOUN" or "ADJ";
    }

    /// <summary>The leftmost (then longest) agent phrase among the tokens, read by form and then by lemma.</summary>
    private AgentEntry? FindAgent(LinkingContext context, List<int> tokens)
    {
        if (_dictionaries.Agents.Count == 0) return null;
        var words = new string[tokens.Count];
        var lemmas = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = context.Words[tokens[i]];
            lemmas[i] = context.Lemmas[tokens[i]];
        }
        for (var start = 0; start < words.Length; start++)
        {
            if (context.InEntity[tokens[start]]) continue;
            if (_dictionaries.MatchAgent(words, start, out var entry) > 0 || _dictionaries.MatchAgent(lemmas, start, out entry) > 0) return entry;
        }
        return null;
    }

    /// <summary>The country of a word that is no entity: a nationality adjective or country name, or a dictionary actor.</summary>
    private ActorLink? WordActor(LinkingContext context, int token)
    {
        if (context.Upos[token] is not ("ADJ" or "PROPN" or "NOUN")) return null;
        var word = context.Words[token];
        if (word.Length == 0 || !char.IsUpper(word[0])) return null;
        if (CountryOfWord(word) is { } country) return Describe(country, ActorSource.Country);
        return FindEntry(word, person: false) is { } entry ? ActorOf(entry, context.Date) : null;
    }

    /// <summary>An entity the noun is attached to by a preposition (<c>to</c>, <c>of</c>, <c>for</c>, <c>at</c>), directly or through its possessor.</summary>
    private static ActorLink? AttachedActor(LinkingContext context, int token, int depth)
    {
        if (depth >= MaxAttachmentDepth) return null;
        foreach (var child in context.Tree.Children(token))
        {
            var relation = context.Tree.Relation(child);
            if (!(relation == "nmod" || relation == "nmod:poss" || relation == "compound" || (depth > 0 && relation == "appos"))) continue;
            if (context.TokenActors[child] is { } actor) return actor;
            if (AttachedActor(context, child, depth + 1) is { } deeper) return deeper;
        }
        return null;
    }
}
