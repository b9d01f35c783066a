namespace Dateline.Nlp.Tagging;

/// <summary>Accuracy of the tagger and lemmatizer on gold-tokenized sentences.</summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Tokens">Words scored.</param>
/// <param name="UposCorrect">Words whose UPOS is right.</param>
/// <param name="XposCorrect">Words whose XPOS is right.</param>
/// <param name="BothCorrect">Words whose UPOS and XPOS are both right.</param>
/// <param name="LemmaCorrect">Words whose lemma (from predicted tags) is right.</param>
public sealed record TaggerEvaluation(int Sentences, int Tokens, int UposCorrect, int XposCorrect, int BothCorrect, int LemmaCorrect)
{
    /// <summary>UPOS accuracy in percent.</summary>
    public double Upos => Percent(UposCorrect);

    /// <summary>XPOS accuracy in percent.</summary>
    public double Xpos => Percent(XposCorrect);

    /// <summary>Accuracy of the (UPOS, XPOS) pair in percent.</summary>
    public double Both => Percent(BothCorrect);

    /// <summary>Lemma accuracy in percent.</summary>
    public double Lemma => Percent(LemmaCorrect);

    private double Percent(int correct) => Tokens == 0 ? 0 : 100.0 * correct / Tokens;
}
