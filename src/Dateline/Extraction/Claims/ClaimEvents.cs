using System.Collections.Frozen;
using Dateline.Events.Cameo;

namespace Dateline.Extraction.Claims;

/// <summary>
/// The events claims are about, by the lemma of the verb or noun that names them: CAMEO code and PLOVER type.
/// Verbs are looked up in the built-in CAMEO verb dictionary (<see cref="BuiltInVerbs"/>; the code a verb gives
/// alone) and kept when their root is one of the forceful families claims are made about (13 threaten to
/// 20 mass violence, and 087 de-escalation); PLOVER types come from the built-in CAMEO-to-PLOVER mapping. A
/// small table of event nouns ("attack", "invasion") and of verbs the dictionary codes only through patterns
/// completes it.
/// </summary>
internal static class ClaimEvents
{
    private static readonly string[] ForcefulRoots = ["13", "14", "15", "16", "17", "18", "19", "20", "087"];

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
        if (upos == "VERB" && FromDictionary(lemma) is { } coded) return coded;
        var table = upos switch
        {
            "VERB" => Verbs,
            "NOUN" => Nouns,
            _ => null,
        };
        return table != null && table.TryGetValue(lemma, out var found) ? found : null;
    }

    private static (string Cameo, string Plover)? FromDictionary(string lemma)
    {
        foreach (var verb in BuiltInVerbs.Load().FindByLemma(lemma))
        {
            if (verb.Code.IsNone || verb.Primary.Words.Count > 1) continue;
            var code = verb.Code.Primary;
            if (!IsForceful(code)) continue;
            var plover = PloverMapping.LoadBuiltIn().Map(code);
            if (plover != null) return (code, plover.Type);
        }
        return null;
    }

    private static bool IsForceful(string code)
    {
        foreach (var root in ForcefulRoots)
        {
            if (code.StartsWith(root, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
