using Dateline.Nlp.Parsing;

namespace Dateline.Tests.Nlp.Parsing;

public class MostFrequentTaggerTest
{
    private static readonly MostFrequentTagger Tagger = MostFrequentTagger.Train(ParserTestSentences.All);

    [Fact]
    public void KnownWordsTakeTheirMostFrequentTagAndUnknownWordsAGuessFromShape()
    {
        var sentence = ParserTestSentences.All[0]; // The committee approved the new budget on Monday .
        var tags = Tagger.Tag(sentence);
        Assert.Equal(sentence.Words.Select(w => w.Xpos), tags.Xpos);
        var unknown = ParserTestSentences.All[0] with
        {
            Words = [.. sentence.Words.Select(w => w with { Form = w.Form == "committee" ? "Parliament" : w.Form == "budget" ? "1999" : w.Form })],
        };
        var guessed = Tagger.Tag(unknown);
        Assert.Equal("NNP", guessed.Xpos[1]);
        Assert.Equal("NUM", guessed.Upos[5]);
    }

    [Fact]
    public void TagSomeKeepsGoldTagsAtZeroAndUsesTheTaggerEverywhereAtOne()
    {
        foreach (var sentence in ParserTestSentences.All)
        {
            Assert.Equal(sentence.Words.Select(w => w.Xpos), Tagger.TagSome(sentence, 0, seed: 3).Xpos);
            Assert.Equal(Tagger.Tag(sentence).Xpos, Tagger.TagSome(sentence, 1, seed: 3).Xpos);
        }
    }

    [Fact]
    public void TagSomeIsDeterministicForASeed()
    {
        var retagged = MostFrequentTagger.Train([ParserTestSentences.All[4]]); // knows only "The minister is a former general ."
        var sentence = ParserTestSentences.All[0];
        var a = retagged.TagSome(sentence, 0.5, seed: 9);
        var b = retagged.TagSome(sentence, 0.5, seed: 9);
        Assert.Equal(a.Xpos, b.Xpos);
        Assert.Equal(a.Upos, b.Upos);
    }
}
