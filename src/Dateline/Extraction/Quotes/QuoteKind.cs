namespace Dateline.Extraction.Quotes;

/// <summary>How a statement is reported.</summary>
public enum QuoteKind
{
    /// <summary>Words inside quotation marks: <c>"We will win," she said.</c></summary>
    Direct,

    /// <summary>Reported speech without quotation marks: <c>She said they would win.</c></summary>
    Indirect,

    /// <summary>Reported speech with quoted words inside it: <c>She called the plan "reckless" and said it would fail.</c></summary>
    Mixed,
}
