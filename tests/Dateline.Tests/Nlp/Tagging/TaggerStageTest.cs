using Dateline.Documents;
using Dateline.Nlp.Tagging;
using Dateline.Tests.Support;

namespace Dateline.Tests.Nlp.Tagging;

public class TaggerStageTest
{
    private static readonly PosTagger Tagger =
        new PosTaggerTrainer(new PosTaggerTrainingOptions { Iterations = 8, Seed = 3 }).Train(HandTaggedSentences.Training);

    /// <summary>"The dogs barked loudly. Maria sees the cats." with tokens and sentences set by hand.</summary>
    private static Document TwoSentences()
    {
        var doc = new Document("The dogs barked loudly. Maria sees the cats.");
        doc.Set(Layers.Tokens, [
            new Token(0, 3), new Token(4, 8), new Token(9, 15), new Token(16, 22), new Token(22, 23),
            new Token(24, 29), new Token(30, 34), new Token(35, 38), new Token(39, 43), new Token(43, 44),
        ]);
        doc.Set(Layers.Sentences, [new Sentence(0, 23, 0, 5), new Sentence(24, 44, 5, 5)]);
        return doc;
    }

    [Fact]
    public void TheStageDeclaresItsLayers()
    {
        var stage = new TaggerStage(Tagger);
        Assert.Equal("tagger", stage.Name);
        Assert.Equal([Layers.Sentences, Layers.Tokens], stage.Requires);
        Assert.Equal([Layers.Tags, Layers.Lemmas], stage.Assigns);
    }

    [Fact]
    public void ProcessingSetsOneTagPairAndLemmaPerToken()
    {
        var doc = TwoSentences();
        new TaggerStage(Tagger).Process(doc, CancellationToken.None);
        var tags = doc.Get(Layers.Tags);
        Assert.Equal(["DT", "NNS", "VBD", "RB", ".", "NNP", "VBZ", "DT", "NNS", "."], tags.Xpos);
        Assert.Equal(["DET", "NOUN", "VERB", "ADV", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"], tags.Upos);
        Assert.Equal(["the", "dog", "bark", "loudly", ".", "Maria", "see", "the", "cat", "."], doc.Get(Layers.Lemmas));
    }

    [Fact]
    public void PredictingLeavesTheDocumentUntouched()
    {
        var doc = TwoSentences();
        var prediction = new TaggerStage(Tagger).Predict(doc);
        Assert.Equal(10, prediction.Tags.Upos.Count);
        Assert.False(doc.Has(Layers.Tags));
        Assert.False(doc.Has(Layers.Lemmas));
        TaggerStage.SetAnnotations(doc, prediction);
        Assert.Same(prediction.Tags, doc.Get(Layers.Tags));
    }

    [Fact]
    public void ATokenFormIsTaggedInsteadOfItsText()
    {
        // The text writes "sees" as "see's"; the token's normalized form says "sees".
        var doc = new Document("Maria see's the cats.");
        doc.Set(Layers.Tokens, [new Token(0, 5), new Token(6, 11, "sees"), new Token(12, 15), new Token(16, 20), new Token(20, 21)]);
        doc.Set(Layers.Sentences, [new Sentence(0, 21, 0, 5)]);
        new TaggerStage(Tagger).Process(doc, CancellationToken.None);
        Assert.Equal("VBZ", doc.Get(Layers.Tags).Xpos[1]);
        Assert.Equal("see", doc.Get(Layers.Lemmas)[1]);
    }

    [Fact]
    public void ACancelledTokenStopsTheStage()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => new TaggerStage(Tagger).Predict(TwoSentences(), cancelled.Token));
    }
}
