using System.Collections.Frozen;

namespace Dateline.Extraction.Claims;

/// <summary>
/// The events claims are about, by the lemma of the verb or noun that names them: CAMEO code and PLOVER
/// type (CAMEO 2.0 codes; PLOVER types as the 2021 CAMEO-to-PLOVER table assigns them). A small table of
/// the forceful events predictions are made about; light verbs ("start", "launch") pass to their noun.
/// </summary>
internal static class ClaimEvents
{
    private static readonly FrozenDictionary<string, (string Cameo, string Plover)> Verbs =
        new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase)
        {
            ["attack"] = ("190", "ASSAULT"), ["strike"] = ("190", "ASSAULT"), ["fight"] = ("190", "ASSAULT"),
            ["assault"] = ("190", "ASSAULT"), ["bomb"] = ("195", "ASSAULT"), ["bombard"] = ("195", "ASSAULT"),
            ["shell"] = ("194", "ASSAULT"), ["invade"] = ("192", "COERCE"), ["occupy"] = ("192", "COERCE"),
            ["annex"] = ("192", "COERCE"), ["blockade"] = ("191", "COERCE"), ["withdraw"] = ("0874", "RETREAT"),
            ["retreat"] = ("0874", "RETREAT"), ["sanction"] = ("163", "COERCE"), ["mobilize"] = ("154", "MOBILIZE"),
            ["mobilise"] = ("154", "MOBILIZE"), ["deploy"] = ("154", "MOBILIZE"), ["de-escalate"] = ("087", "RETREAT"),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (string Cameo, string Plover)> Nouns =
        new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase)
        {
            ["attack"] = ("190", "ASSAULT"), ["offensive"] = ("190", "ASSAULT"), ["assault"] = ("190", "ASSAULT"),
            ["strike"] = ("190", "ASSAULT"), ["war"] = ("190", "ASSAULT"), ["airstrike"] = ("195", "ASSAULT"),
            ["bombing"] = ("195", "ASSAULT"), ["shelling"] = ("194", "ASSAULT"), ["invasion"] = ("192", "COERCE"),
            ["incursion"] = ("192", "COERCE"), ["occupation"] = ("192", "COERCE"), ["annexation"] = ("192", "COERCE"),
            ["blockade"] = ("191", "COERCE"), ["withdrawal"] = ("0874", "RETREAT"), ["pullout"] = ("0874", "RETREAT"),
            ["sanction"] = ("163", "COERCE"), ["mobilization"] = ("154", "MOBILIZE"), ["mobilisation"] = ("154", "MOBILIZE"),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The event a word names, by its lemma and universal POS tag, or null.</summary>
    public static (string Cameo, string Plover)? Of(string lemma, string upos)
    {
        var table = upos switch
        {
            "VERB" => Verbs,
            "NOUN" => Nouns,
            _ => null,
        };
        return table != null && table.TryGetValue(lemma, out var found) ? found : null;
    }
}
