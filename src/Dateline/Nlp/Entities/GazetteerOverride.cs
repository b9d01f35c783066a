using Dateline.Documents;

namespace Dateline.Nlp.Entities;

/// <summary>
/// Lets the project's lists correct the labeler where they are unambiguous. For each longest match, as written,
/// of a place list (countries, cities, regions) or an organization list (organizations, media, government bodies)
/// that is not in both kinds: a name the labeler found at the start of the match (or equal to it) becomes the
/// whole match with the list's type (<c>Jagran News</c> → <c>Jagran News Desk</c>; extending names leftwards hurt on GUM dev); where the labeler found nothing, the match is added when it is several words long or a
/// word the treebank never shows in lower case. Names that only partly overlap a match are left alone.
/// </summary>
internal static class GazetteerOverride
{
    private const int PlaceLists = (1 << Gazetteer.Countries) | (1 << Gazetteer.Cities) | (1 << Gazetteer.Regions);
    private const int OrganizationLists = (1 << Gazetteer.Organizations) | (1 << Gazetteer.Media) | (1 << Gazetteer.Government);

    /// <summary>Applies the lists to <paramref name="names"/> of a sentence whose features are in <paramref name="buffer"/>.</summary>
    public static void Apply(Gazetteer gazetteer, FeatureBuffer buffer, int length, List<NamedSpan> names)
    {
        var exact = buffer.Exact.AsSpan(0, length);
        var changed = false;
        for (var start = 0; start < length; start++)
        {
            var matched = gazetteer.LongestMatch(exact, start, PlaceLists | OrganizationLists, out var lists);
            if (matched == 0) continue;
            var isPlace = (lists & PlaceLists) != 0;
            var isOrganization = (lists & OrganizationLists) != 0;
            if (isPlace == isOrganization || buffer.Capitalization[start] == WordClass.Lower)
            {
                continue;
            }
            var match = new NamedSpan(start, start + matched, isPlace ? EntityType.Location : EntityType.Organization);
            changed |= Merge(names, match, buffer);
            start += matched - 1;
        }
        if (changed) names.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static bool Merge(List<NamedSpan> names, NamedSpan match, FeatureBuffer buffer)
    {
        var inside = -1;
        for (var n = 0; n < names.Count; n++)
        {
            var name = names[n];
            if (name.End <= match.Start || name.Start >= match.End) continue;
            if (name.Start < match.Start || name.End > match.End || inside >= 0) return false;
            inside = n;
        }
        if (inside >= 0)
        {
            if (names[inside].Start != match.Start) return false;
            names[inside] = match;
            return true;
        }
        if (match.Length == 1 && buffer.LowerUse[match.Start] != 0) return false;
        names.Add(match);
        return true;
    }
}
