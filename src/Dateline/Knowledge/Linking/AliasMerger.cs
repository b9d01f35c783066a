using Dateline.Documents;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Linking;

/// <summary>
/// Groups the recognizer's entities that name one real entity: same spelling key (titles, possessives,
/// transliteration variants ignored), a person's family name alone (<c>Zelenskiy</c> with <c>Volodymyr
/// Zelenskiy</c>, when only one person has it), an organization's first word alone (<c>Lockheed</c> with <c>Lockheed
/// Martin</c>, when only one organization starts with it), an acronym and its expansion, or one actor dictionary entry.
/// </summary>
internal static class AliasMerger
{
    /// <summary>The clusters as lists of entity indices, each in entity order, ordered by first entity.</summary>
    /// <param name="entities">The recognizer's entities.</param>
    /// <param name="entries">The actor dictionary entry of each entity, or null.</param>
    /// <param name="isCountryName">True for a country's name: <c>China</c> alone does not join <c>China Eastern Airlines</c>.</param>
    public static List<List<int>> Merge(IReadOnlyList<Entity> entities, IReadOnlyList<ActorEntry?> entries, Func<string, bool> isCountryName)
    {
        var parent = new int[entities.Count];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        var keys = new string[entities.Count];
        for (var i = 0; i < entities.Count; i++) keys[i] = NameForms.Key(entities[i].Name, entities[i].Type == EntityType.Person);

        for (var i = 0; i < entities.Count; i++)
        {
            for (var j = i + 1; j < entities.Count; j++)
            {
                if (SameEntity(entities[i], entities[j], keys[i], keys[j], entries[i], entries[j])) Union(parent, i, j);
            }
        }
        MergeShortNames(entities, keys, parent, EntityType.Person, static (full, word) => full.EndsWith(" " + word, StringComparison.Ordinal));
        MergeShortNames(entities, keys, parent, EntityType.Organization, (full, word) => full.StartsWith(word + " ", StringComparison.Ordinal) && !isCountryName(word));
        return Collect(parent);
    }

    private static bool SameEntity(Entity a, Entity b, string keyA, string keyB, ActorEntry? entryA, ActorEntry? entryB)
    {
        var sameKind = a.Type == b.Type || (IsNamedOrPlace(a) && IsNamedOrPlace(b));
        if (sameKind && keyA.Length > 0 && keyA == keyB) return true;
        if (sameKind && entryA is not null && ReferenceEquals(entryA, entryB)) return true;
        return IsNamedOrPlace(a) && IsNamedOrPlace(b) && (IsAcronymOf(a.Name, b.Name) || IsAcronymOf(b.Name, a.Name));
    }

    private static bool IsNamedOrPlace(Entity entity) => entity.Type is EntityType.Organization or EntityType.Location;

    private static bool IsAcronymOf(string shortName, string longName) =>
        NameForms.Acronym(shortName) is { } acronym && NameForms.Initials(longName) is { } initials &&
        string.Equals(acronym, initials, StringComparison.Ordinal);

    /// <summary>
    /// A one-word name of <paramref name="type"/> joins the only multi-word name of that type it abbreviates (a person's
    /// family name, an organization's first word); when it could abbreviate two different entities it stays alone.
    /// </summary>
    private static void MergeShortNames(IReadOnlyList<Entity> entities, string[] keys, int[] parent, EntityType type, Func<string, string, bool> abbreviates)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i].Type != type || keys[i].Length == 0 || keys[i].Contains(' ')) continue;
            var match = -1;
            var ambiguous = false;
            for (var j = 0; j < entities.Count; j++)
            {
                if (j == i || entities[j].Type != type || !keys[j].Contains(' ') || !abbreviates(keys[j], keys[i])) continue;
                if (match >= 0 && Find(parent, match) != Find(parent, j)) ambiguous = true;
                match = j;
            }
            if (match >= 0 && !ambiguous) Union(parent, i, match);
        }
    }

    private static List<List<int>> Collect(int[] parent)
    {
        var byRoot = new Dictionary<int, List<int>>();
        var clusters = new List<List<int>>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = Find(parent, i);
            if (!byRoot.TryGetValue(root, out var cluster))
            {
                cluster = [];
                byRoot.Add(root, cluster);
                clusters.Add(cluster);
            }
            cluster.Add(i);
        }
        return clusters;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var rootA = Find(parent, a);
        var rootB = Find(parent, b);
        if (rootA == rootB) return;
        if (rootA < rootB) parent[rootB] = rootA;
        else parent[rootA] = rootB;
    }
}
