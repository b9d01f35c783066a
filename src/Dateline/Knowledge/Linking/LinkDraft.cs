using Dateline.Documents;
using Dateline.Knowledge.Dictionaries;
using Dateline.Knowledge.Gazetteer;

namespace Dateline.Knowledge.Linking;

/// <summary>A linked entity while it is being built.</summary>
internal sealed class LinkDraft
{
    public LinkDraft(IReadOnlyList<Entity> members, EntityType type, string canonical, ActorEntry? entry, GeoPlace? geo)
    {
        Members = members;
        Type = type;
        Canonical = canonical;
        Entry = entry;
        Geo = geo;
        foreach (var member in members)
        {
            foreach (var span in member.Mentions) Mentions.Add(new MentionDraft(span, false));
        }
        Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    public IReadOnlyList<Entity> Members { get; }

    public EntityType Type { get; }

    public string Canonical { get; }

    public ActorEntry? Entry { get; }

    public GeoPlace? Geo { get; }

    public List<MentionDraft> Mentions { get; } = [];

    public ActorLink? Actor { get; set; }

    public bool IsPerson => Type == EntityType.Person;
}

/// <summary>A mention while linking: its span, whether it was recovered, and its own actor.</summary>
internal sealed class MentionDraft(TextSpan span, bool recovered)
{
    public TextSpan Span { get; } = span;

    public bool Recovered { get; } = recovered;

    public ActorLink? Actor { get; set; }
}
