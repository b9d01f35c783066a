using Dateline.Documents;
using Dateline.Extraction.Quantities;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Quantities;

public class QuantityStageTest
{
    [Fact]
    public void TheStageDeclaresItsLayers()
    {
        var stage = new QuantityStage();
        Assert.Equal("quantities", stage.Name);
        Assert.Equal([Layers.Sentences, Layers.Tokens, Layers.Tags], stage.Requires);
        Assert.Equal([QuantityLayers.Quantities], stage.Assigns);
        Assert.Equal("quantities", QuantityLayers.Quantities.Name);
    }

    [Fact]
    public void TagsPickTheCountedNounPastAdjectivesTheShapeRuleWouldMiss()
    {
        // "tired" ends in -ed but with tags it is an adjective; "convoy" is a noun the shapes cannot tell apart.
        var document = SegmentedDocuments.Of("They saw 40 tired old convoy drivers .");
        string[] upos = ["PRON", "VERB", "NUM", "ADJ", "ADJ", "NOUN", "NOUN", "PUNCT"];
        string[] xpos = ["PRP", "VBD", "CD", "JJ", "JJ", "NN", "NNS", "."];
        Assert.Equal(upos.Length, document.Get(Layers.Tokens).Count);
        document.Set(Layers.Tags, new PosTags(upos, xpos));
        new QuantityStage().Process(document, CancellationToken.None);
        var quantity = Assert.Single(document.Get(QuantityLayers.Quantities));
        Assert.Equal("drivers", quantity.Unit);
        Assert.Equal(40, quantity.Value);
    }

    [Fact]
    public void TagsThatShowNoNounLeaveTheUnitEmpty()
    {
        var document = SegmentedDocuments.Of("Of those , 12 fled .");
        document.Set(Layers.Tags, new PosTags(["ADP", "PRON", "PUNCT", "NUM", "VERB", "PUNCT"], ["IN", "DT", ",", "CD", "VBD", "."]));
        new QuantityStage().Process(document, CancellationToken.None);
        Assert.Null(Assert.Single(document.Get(QuantityLayers.Quantities)).Unit);
    }

    [SkippableFact]
    public void TheReferenceArticleHasMoreThanOneLakhTroops()
    {
        var path = TestData.RequireReferenceArticle();
        var document = new Document(File.ReadAllText(path));
        DefaultPipeline.Create().Process(document, CancellationToken.None);
        var troops = document.Get(QuantityLayers.Quantities).Single(q => document.Text[q.Start..q.End].Contains("lakh", StringComparison.Ordinal));
        Assert.Equal(100_000, troops.Lower);
        Assert.Null(troops.Upper);
        Assert.Equal(QuantityKind.Count, troops.Kind);
        Assert.StartsWith("troop", troops.Unit);
        Assert.DoesNotContain(document.Get(QuantityLayers.Quantities), q => q.Value == 16 && document.Text[q.Start..q.End].Contains("16", StringComparison.Ordinal));
    }
}
