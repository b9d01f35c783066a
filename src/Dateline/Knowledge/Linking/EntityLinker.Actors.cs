using Dateline.Documents;

namespace Dateline.Knowledge.Linking;

/// <summary>Actors: dictionary codes first, then places and nationality words, then context; then each mention's own.</summary>
internal sealed partial class EntityLinker
{
    private const int ContextRounds = 2;

    /// <summary>Verbs whose subject does not act (a capital that <c>lies</c> or <c>has</c> something is a place).</summary>
    private static readonly HashSet<string> StativeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "have", "lie", "sit", "stand", "remain", "become", "seem", "look", "host", "border", "contain",
        "include", "see", "get", "experience", "suffer", "receive", "lose", "face", "need", "stay", "appear",
    };

    private void AssignActors(LinkingContext context, List<LinkDraft> drafts)
    {
        foreach (var draft in drafts) draft.Actor = FirstActor(draft, context.Date);
        Mark(context, drafts);
        for (var round = 0; round < ContextRounds; round++)
        {
            var changed = false;
            foreach (var draft in drafts)
            {
                if (draft.Actor is not null || !draft.IsPerson) continue;
                draft.Actor = PersonFromContext(context, draft);
                changed |= draft.Actor is not null;
            }
            if (!changed) break;
            Mark(context, drafts);
        }
        foreach (var draft in drafts) AssignMentionActors(context, draft);
    }

    /// <summary>The actor known without context: dictionary code at the date, seat-of-government metonym, place country, nationality.</summary>
    private ActorLink? FirstActor(LinkDraft draft, DateOnly? date)
    {
        if (IsTown(draft)) return resolver.Describe(resolver.CameoOf(draft.Geo!.CountryCode), ActorSource.Country);
        if (draft.Entry is { } entry && resolver.ActorOf(entry, date) is { } coded) return coded;
        if (draft.Geo is { } geo)
        {
            var country = resolver.CameoOf(geo.CountryCode);
            if (draft.Type == EntityType.Organization && resolver.IsMetonym(draft.Canonical, geo))
            {
                return resolver.Describe(country + "GOV", ActorSource.Metonymy);
            }
            return resolver.Describe(country, ActorSource.Country);
        }
        if (draft.Type is EntityType.Group or EntityType.Location && resolver.CountryOfWord(draft.Canonical) is { } code)
        {
            return resolver.Describe(code, ActorSource.Country);
        }
        return null;
    }

    private static void Mark(LinkingContext context, List<LinkDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            foreach (var mention in draft.Mentions)
            {
                var (first, last) = context.TokensOf(mention.Span);
                for (var i = first; i >= 0 && i <= last; i++)
                {
                    context.TokenActors[i] = draft.Actor;
                    context.InEntity[i] = true;
                }
            }
        }
    }

    /// <summary>A person's role from a title beside the name or an apposition; the result with a role wins.</summary>
    private ActorLink? PersonFromContext(LinkingContext context, LinkDraft draft)
    {
        ActorLink? fallback = null;
        foreach (var mention in draft.Mentions)
        {
            var (first, last) = context.TokensOf(mention.Span);
            if (first < 0) continue;
            var head = context.HeadOf(mention.Span);
            foreach (var nominal in Descriptions(context, head))
            {
                var found = nominal == head
                    ? resolver.ResolvePhrase(context, head, first, last)
                    : resolver.ResolvePhrase(context, nominal, first, last);
                if (found is null) continue;
                if (found.Role is not null) return found;
                fallback ??= found;
            }
        }
        return fallback;
    }

    /// <summary>The name's own head (for titles before it), its appositions, and the noun it is an apposition of.</summary>
    private static IEnumerable<int> Descriptions(LinkingContext context, int head)
    {
        yield return head;
        foreach (var child in context.Tree.ChildrenWith(head, "appos")) yield return child;
        var parent = context.Tree.Head(head);
        if (parent >= 0 && context.Tree.HasRelation(head, "appos") && context.Upos[parent] == "NOUN") yield return parent;
    }

    private void AssignMentionActors(LinkingContext context, LinkDraft draft)
    {
        if (draft.Actor is not { } actor) return;
        foreach (var mention in draft.Mentions)
        {
            var head = context.HeadOf(mention.Span);
            if (head < 0) continue;
            var own = draft.Type == EntityType.Group ? GroupMentionActor(context, head) : MetonymicActor(context, draft, head);
            if (own is not null && own.Code != actor.Code) mention.Actor = own;
        }
    }

    /// <summary>A nationality adjective on a noun: the noun phrase's actor (<c>Russian troops</c> → <c>RUSMIL</c>).</summary>
    private ActorLink? GroupMentionActor(LinkingContext context, int head)
    {
        var noun = context.Tree.Head(head);
        if (noun < 0 || !(context.Tree.HasRelation(head, "amod") || context.Tree.HasRelation(head, "compound"))) return null;
        return context.Upos[noun] is "NOUN" ? resolver.ResolvePhrase(context, noun, -1) : null;
    }

    /// <summary>A capital as the subject of a speech or action verb stands for its government (<c>Moscow said</c>).</summary>
    private ActorLink? MetonymicActor(LinkingContext context, LinkDraft draft, int head)
    {
        if (!IsTown(draft)) return null;
        var seat = draft.Entry is { } entry && resolver.ActorOf(entry, context.Date) is { Role: "GOV" } coded ? coded : null;
        if (seat is null && draft.Geo!.FeatureCode != "PPLC") return null;
        if (context.Tree.Relation(head) != "nsubj") return null;
        var verb = context.Tree.Head(head);
        if (verb < 0 || context.Upos[verb] != "VERB" || StativeVerbs.Contains(context.Lemmas[verb])) return null;
        return seat is null
            ? resolver.Describe(resolver.CameoOf(draft.Geo!.CountryCode) + "GOV", ActorSource.Metonymy)
            : seat with { Source = ActorSource.Metonymy };
    }

    /// <summary>
    /// A location resolved to a populated place or a region (the gazetteer has chosen among the places of that name:
    /// Georgia the US state, not the country): its country, unless a mention speaks for the government.
    /// </summary>
    private static bool IsTown(LinkDraft draft) =>
        draft.Type == EntityType.Location && draft.Geo is { IsCountry: false };
}
