using Dateline.Nlp.Entities;

namespace Dateline.Tests.Nlp.Entities;

public class NerFeatureExtractorTest
{
    private static readonly NerFeatureExtractor Extractor = new(Gazetteer.LoadEmbedded(), WordLexicon.Empty);

    private static ulong[] FeaturesOf(string[] words, int index)
    {
        var buffer = new FeatureBuffer();
        Extractor.Extract(SentenceText.FromWords(words), buffer);
        return buffer.Keys.AsSpan(index * FeatureBuffer.MaxPerToken, buffer.Counts[index]).ToArray();
    }

    [Fact]
    public void EachTokenCarriesItsWordItsLowerCaseAndItsNeighbours()
    {
        var keys = FeaturesOf(["Talks", "resumed", "in", "Minsk", "today"], 3);
        Assert.Contains(FeatureHash.Mix(3, FeatureHash.Of("Minsk")), keys);
        Assert.Contains(FeatureHash.Mix(2, FeatureHash.Of("minsk")), keys);
        Assert.Contains(FeatureHash.Mix(30, FeatureHash.Of("in")), keys);
        Assert.Contains(FeatureHash.Mix(31, FeatureHash.Of("today")), keys);
        Assert.Contains(FeatureHash.Mix(32, FeatureHash.Of("resumed")), keys);
    }

    [Fact]
    public void SuffixesAndPrefixesAreLowerCased()
    {
        var keys = FeaturesOf(["Volodymyr"], 0);
        Assert.Contains(FeatureHash.Mix(23, FeatureHash.Of("myr")), keys);
        Assert.Contains(FeatureHash.Mix(12, FeatureHash.Of("vo")), keys);
    }

    [Fact]
    public void GazetteerMembershipBecomesAFeatureOfTheTokenAndItsNeighbour()
    {
        var keys = FeaturesOf(["President", "Macron", "visited", "Minsk"], 3);
        Assert.Contains(FeatureHash.Mix(50, (ulong)(4 * Gazetteer.Cities + BilouScheme.Unit)), keys);
        var afterTitle = FeaturesOf(["President", "Macron", "visited", "Minsk"], 1);
        Assert.Contains(FeatureHash.Mix(52, (ulong)Gazetteer.Titles), afterTitle);
    }

    [Fact]
    public void CapitalizationAtTheStartOfASentenceIsToldApartFromCapitalizationInside()
    {
        var first = FeaturesOf(["Minsk", "is", "cold"], 0);
        var inside = FeaturesOf(["It", "is", "Minsk"], 2);
        var shapeAndPosition = FeatureHash.Mix(6, (ulong)(WordClass.Capitalized * 3 + 1));
        Assert.Contains(shapeAndPosition, first);
        Assert.DoesNotContain(shapeAndPosition, inside);
    }

    [Fact]
    public void ShapesDistinguishAcronymsCapitalizedWordsAndNumbers()
    {
        Assert.NotEqual(WordClass.ShapeHash("NATO", 4), WordClass.ShapeHash("Nato", 4));
        Assert.Equal(WordClass.ShapeHash("Kyiv", 1), WordClass.ShapeHash("Moscow", 1));
        Assert.Equal(WordClass.AllCaps, WordClass.Capitalization("AFP"));
        Assert.Equal(WordClass.Capitalized, WordClass.Capitalization("Reuters"));
        Assert.Equal(WordClass.NoLetters, WordClass.Capitalization("1,000"));
    }

    [Fact]
    public void ExtractionDoesNotDependOnBufferReuse()
    {
        var buffer = new FeatureBuffer();
        Extractor.Extract(SentenceText.FromWords([.. Enumerable.Repeat("word", 100)]), buffer);
        Extractor.Extract(SentenceText.FromWords(["Kyiv", "is", "calm"]), buffer);
        var reused = buffer.Keys.AsSpan(0, buffer.Counts[0]).ToArray();
        Assert.Equal(FeaturesOf(["Kyiv", "is", "calm"], 0), reused);
    }

    [Fact]
    public void WordClassesOfTheTokenAndItsNeighboursAreFeaturesWhenClustersAreGiven()
    {
        var clusters = new Dateline.Nlp.Clusters.WordClusters(["visited", "Minsk"], [5, 9], [50, 90], 10, 100);
        var extractor = new NerFeatureExtractor(Gazetteer.LoadEmbedded(), WordLexicon.Empty, clusters);
        var buffer = new FeatureBuffer();
        extractor.Extract(SentenceText.FromWords(["Macron", "visited", "Minsk"]), buffer);
        var keys = buffer.Keys.AsSpan(2 * FeatureBuffer.MaxPerToken, buffer.Counts[2]).ToArray();
        Assert.Contains(FeatureHash.Mix(70, 9UL), keys);
        Assert.Contains(FeatureHash.Mix(71, 90UL), keys);
        Assert.Contains(FeatureHash.Mix(72, 5UL), keys);
        Assert.Contains(FeatureHash.Mix(74, 50UL), keys);
        Assert.Equal(buffer.Counts[2], FeaturesOf(["Macron", "visited", "Minsk"], 2).Length + 7);
    }
}
