namespace Dateline.Nlp.Parsing;

/// <summary>Attachment scores of a parser on gold trees, counted over all tokens (punctuation included).</summary>
/// <param name="Sentences">Sentences parsed.</param>
/// <param name="Tokens">Words scored.</param>
/// <param name="HeadsCorrect">Words with the right head.</param>
/// <param name="LabeledCorrect">Words with the right head and the exact relation, subtype included.</param>
/// <param name="UniversalLabeledCorrect">Words with the right head and the right relation before any subtype (the CoNLL 2018 LAS).</param>
/// <param name="ParseTime">Time spent parsing (tag lookup and scoring excluded).</param>
public sealed record ParserEvaluation(
    int Sentences,
    int Tokens,
    int HeadsCorrect,
    int LabeledCorrect,
    int UniversalLabeledCorrect,
    TimeSpan ParseTime)
{
    /// <summary>Unlabeled attachment score, in percent.</summary>
    public double Uas => Percent(HeadsCorrect);

    /// <summary>Labeled attachment score with full relations (subtypes must match), in percent.</summary>
    public double Las => Percent(LabeledCorrect);

    /// <summary>Labeled attachment score on universal relations (subtypes ignored, as the CoNLL 2018 script does), in percent.</summary>
    public double UniversalLas => Percent(UniversalLabeledCorrect);

    /// <summary>Words parsed per second.</summary>
    public double TokensPerSecond => ParseTime > TimeSpan.Zero ? Tokens / ParseTime.TotalSeconds : 0;

    private double Percent(int count) => Tokens == 0 ? 0 : 100.0 * count / Tokens;
}
