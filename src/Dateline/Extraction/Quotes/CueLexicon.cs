using System.Collections.Frozen;

namespace Dateline.Extraction.Quotes;

/// <summary>
/// Words that report speech: verbs that attribute a quotation, the subset that also introduce reported
/// clauses, and the light verbs whose object names the source (<c>quoted X as saying</c>).
/// </summary>
internal static class CueLexicon
{
    /// <summary>Verbs (lemmas) that introduce reported speech in a clause: "said (that) ...".</summary>
    public static readonly FrozenSet<string> Reporting = FrozenSet.ToFrozenSet(
    [
        "say", "tell", "add", "warn", "claim", "write", "state", "insist", "note", "explain", "announce",
        "declare", "reply", "argue", "stress", "assert", "allege", "deny", "admit", "acknowledge", "confirm",
        "report", "suggest", "predict", "maintain", "emphasize", "emphasise", "reiterate", "caution",
        "complain", "comment", "remark", "observe", "recall", "conclude", "contend", "tweet", "post",
        "vow", "promise", "pledge", "concede", "indicate", "signal", "retort", "counter", "answer", "respond",
        "testify", "disclose", "reveal", "boast", "accuse", "agree", "mention", "theorize", "theorise", "advise",
        "recommend", "point", "speculate", "hint", "highlight", "clarify", "specify", "reason", "acknowledge",
        "underline", "underscore", "declare", "assure", "inform", "brief", "quote", "ask",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that only attribute a direct quotation (they rarely take a reported clause).</summary>
    public static readonly FrozenSet<string> QuotationOnly = FrozenSet.ToFrozenSet(
    [
        "continue", "exclaim", "shout", "joke", "quip", "plead", "scoff", "sigh", "cry", "whisper", "laugh",
        "muse", "wonder", "recount", "urge", "demand", "thunder", "snap",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Reporting verbs whose clausal complement is a claim about what is or will be.</summary>
    public static readonly FrozenSet<string> Claiming = FrozenSet.ToFrozenSet(
    [
        "claim", "allege", "predict", "forecast", "warn", "insist", "assert", "contend", "maintain", "report",
        "say", "tell", "suggest", "estimate", "believe", "expect", "fear", "announce", "deny", "vow", "promise",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reporting verbs whose object is the audience ("told reporters", "assured the court"); after other verbs a
    /// noun phrase is the speaker put after the verb ("..., said a company spokesman").
    /// </summary>
    public static readonly FrozenSet<string> TakingAudience = FrozenSet.ToFrozenSet(
    [
        "tell", "inform", "assure", "reassure", "brief", "warn", "remind", "ask", "advise", "urge", "notify", "email",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the lemma can attribute a direct quotation.</summary>
    public static bool AttributesQuotation(string lemma) => Reporting.Contains(lemma) || QuotationOnly.Contains(lemma);
}
