namespace Dateline.Text;

/// <summary>What the tokenizer knows about a token that the sentence splitter and the evaluator need.</summary>
[Flags]
internal enum TokenFlags : byte
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>
    /// Split off the previous token inside one surface token (<c>do|n't</c>, <c>Ukraine|'s</c>,
    /// <c>can|not</c>): a multiword token in UD terms.
    /// </summary>
    JoinedToPrevious = 1,

    /// <summary>An abbreviation that keeps its period and may end a sentence (<c>U.S.</c>, <c>Inc.</c>).</summary>
    Abbreviation = 2,

    /// <summary>An abbreviation before a name (<c>Mr.</c>, <c>Gen.</c>) or before a number (<c>No.</c>): never a sentence end.</summary>
    Title = 4,

    /// <summary>An initial: one capital letter and a period (<c>J.</c>).</summary>
    Initial = 8,
}
