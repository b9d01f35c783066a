namespace Dateline.Nlp.Entities.Training;

/// <summary>A training sentence with its features resolved to indices once.</summary>
/// <param name="Features">Feature indices of all tokens, token after token.</param>
/// <param name="Offsets">Start of each token's features in <paramref name="Features"/>, plus the end.</param>
/// <param name="Gold">Gold BILOU labels.</param>
internal sealed record IndexedSentence(int[] Features, int[] Offsets, int[] Gold)
{
    /// <summary>Number of tokens.</summary>
    public int Length => Gold.Length;
}
