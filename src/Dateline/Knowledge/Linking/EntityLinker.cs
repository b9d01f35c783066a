using Dateline.Documents;
using Dateline.Knowledge.Dictionaries;
using Dateline.Knowledge.Gazetteer;

namespace Dateline.Knowledge.Linking;

/// <summary>Computes the linked entities of a document (no side effects on it): merge, recover mentions, find actors.</summary>
internal sealed partial class EntityLinker(ActorResolver resolver)
{
    public IReadOnlyList<LinkedEntity> Link(Document document)
    {
        var context = new LinkingContext(document, LinkingContext.DateOf(document));
        var entities = MentionRepair.Repair(context, document.Get(Layers.Entities), resolver);
        var places = document.TryGet(PlaceLayers.Places, out var resolved) ? resolved : [];
        var entries = new ActorEntry?[entities.Count];
        for (var i = 0; i < entities.Count; i++) entries[i] = FindEntry(entities[i], document);

        var drafts = new List<LinkDraft>();
        foreach (var cluster in AliasMerger.Merge(entities, entries, word => resolver.CountryOfWord(word) is not null)) drafts.Add(Draft(cluster, entities, entries, places));
        MentionRecovery.Recover(document.Text, drafts);
        AssignActors(context, drafts);
        return Finish(drafts);
    }

    private ActorEntry? FindEntry(Entity entity, Document document)
    {
        var person = entity.Type == EntityType.Person;
        if (resolver.FindEntry(entity.Name, person) is { } entry) return entry;
        foreach (var mention in entity.Mentions)
        {
            var text = document.TextOf(mention);
            if (text != entity.Name && resolver.FindEntry(text, person) is { } found) return found;
        }
        return null;
    }

    private static LinkDraft Draft(List<int> cluster, IReadOnlyList<Entity> entities, ActorEntry?[] entries, IReadOnlyList<ResolvedPlace> places)
    {
        var members = new List<Entity>(cluster.Count);
        ActorEntry? entry = null;
        foreach (var index in cluster)
        {
            members.Add(entities[index]);
            entry ??= entries[index];
        }
        var type = MainType(members);
        return new LinkDraft(members, type, Canonical(members, type), entry, GeoOf(members, places));
    }

    /// <summary>The type of the member with most mentions (the first on a tie).</summary>
    private static EntityType MainType(List<Entity> members)
    {
        var best = members[0];
        foreach (var member in members)
        {
            if (member.Mentions.Count > best.Mentions.Count) best = member;
        }
        return best.Type;
    }

    /// <summary>The longest member name without possessive (and, for a person, titles).</summary>
    private static string Canonical(List<Entity> members, EntityType type)
    {
        var best = "";
        foreach (var member in members)
        {
            var bare = NameForms.Bare(member.Name, type == EntityType.Person);
            if (bare.Length > best.Length) best = bare;
        }
        return best;
    }

    private static GeoPlace? GeoOf(List<Entity> members, IReadOnlyList<ResolvedPlace> places)
    {
        foreach (var member in members)
        {
            foreach (var place in places)
            {
                if (place.EntityId == member.Id) return place.Place;
            }
        }
        return null;
    }

    private static IReadOnlyList<LinkedEntity> Finish(List<LinkDraft> drafts)
    {
        var linked = new List<LinkedEntity>(drafts.Count);
        foreach (var draft in drafts)
        {
            var ids = new string[draft.Members.Count];
            for (var i = 0; i < ids.Length; i++) ids[i] = draft.Members[i].Id;
            var mentions = new LinkedMention[draft.Mentions.Count];
            for (var i = 0; i < mentions.Length; i++)
            {
                var mention = draft.Mentions[i];
                mentions[i] = new LinkedMention(mention.Span, mention.Actor, mention.Recovered);
            }
            linked.Add(new LinkedEntity(ids[0], draft.Type, draft.Canonical, ids, mentions, draft.Actor, draft.Geo));
        }
        linked.Sort((a, b) => FirstStart(a).CompareTo(FirstStart(b)));
        return linked;
    }

    private static int FirstStart(LinkedEntity entity) => entity.Mentions.Count > 0 ? entity.Mentions[0].Span.Start : int.MaxValue;
}
