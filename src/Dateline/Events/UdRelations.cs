namespace Dateline.Events;

/// <summary>Renames UD v1 relations (UDPipe 1 output, as in the UD-PETRARCH records) to their UD v2 names.</summary>
internal static class UdRelations
{
    /// <summary>The v2 name of <paramref name="relation"/>; <paramref name="headUpos"/> decides whether <c>nmod</c> is an oblique.</summary>
    public static string ToVersion2(string relation, string headUpos)
    {
        var onPredicate = headUpos is "VERB" or "ADJ" or "AUX" or "ADV";
        return relation switch
        {
            "dobj" => "obj",
            "nsubjpass" => "nsubj:pass",
            "csubjpass" => "csubj:pass",
            "auxpass" => "aux:pass",
            "neg" => "advmod:neg",
            "name" => "flat",
            "mwe" => "fixed",
            "nmod:agent" => "obl:agent",
            "nmod" when onPredicate => "obl",
            "nmod:tmod" when onPredicate => "obl:tmod",
            "nmod:npmod" when onPredicate => "obl:npmod",
            _ => relation,
        };
    }
}
