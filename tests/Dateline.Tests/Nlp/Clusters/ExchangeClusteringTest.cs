using Dateline.Nlp.Clusters;

namespace Dateline.Tests.Nlp.Clusters;

public class ExchangeClusteringTest
{
    private static List<IReadOnlyList<string>> Sentences()
    {
        var sentences = new List<IReadOnlyList<string>>();
        string[] determiners = ["the", "a", "every"];
        string[] nouns = ["cat", "dog", "horse"];
        string[] verbs = ["runs", "sleeps", "eats"];
        foreach (var d in determiners)
        {
            foreach (var n in nouns)
            {
                foreach (var v in verbs) sentences.Add([d, n, v]);
            }
        }
        return sentences;
    }

    [Fact]
    public void WordsThatShareTheirNeighboursEndInOneClass()
    {
        var bigrams = BigramTable.Build(Sentences(), 1);
        var clustering = new ExchangeClustering(bigrams, 4);
        clustering.Run(20, 0);
        int ClassOf(string word) => clustering.Classes[bigrams.Words.ToList().IndexOf(word)];
        Assert.Equal(ClassOf("cat"), ClassOf("dog"));
        Assert.Equal(ClassOf("cat"), ClassOf("horse"));
        Assert.Equal(ClassOf("the"), ClassOf("every"));
        Assert.Equal(ClassOf("runs"), ClassOf("eats"));
        Assert.NotEqual(ClassOf("cat"), ClassOf("runs"));
        Assert.NotEqual(ClassOf("cat"), ClassOf("the"));
        Assert.NotEqual(ClassOf("the"), ClassOf("runs"));
    }

    [Fact]
    public void RareWordsShareOnePseudoWordAndTheVocabularyIsOrderedByFrequency()
    {
        List<IReadOnlyList<string>> sentences = [["b", "a", "a", "once"], ["b", "a"]];
        var bigrams = BigramTable.Build(sentences, 2);
        Assert.Equal([BigramTable.Boundary, BigramTable.Rare, "a", "b"], bigrams.Words);
        Assert.Equal(1, bigrams.Count(1));
        Assert.Equal(3, bigrams.Count(2));
        Assert.Equal(2 + 6, bigrams.TotalTokens);
    }

    [Fact]
    public void TheSameTextGivesTheSameClasses()
    {
        var first = new ExchangeClustering(BigramTable.Build(Sentences(), 1), 3);
        var second = new ExchangeClustering(BigramTable.Build(Sentences(), 1), 3);
        first.Run(10, 0);
        second.Run(10, 0);
        Assert.Equal(first.Classes, second.Classes);
    }
}
