using Dateline.Corpora;
using Dateline.Nlp.Parsing;
using Dateline.Tests.Support;

namespace Dateline.Tests.Nlp.Parsing;

public class ArcEagerOracleTest
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FollowingZeroCostMovesRebuildsEveryHandWrittenTreeExactly(bool preferLastMove)
    {
        foreach (var sentence in ParserTestSentences.All)
        {
            var (heads, labels) = FollowOracle(sentence, preferLastMove);
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                Assert.Equal(sentence.Words[i].Head, heads[i + 1]);
                if (heads[i + 1] != 0) Assert.Equal(i, labels[i + 1]); // arcs carry the label given when they were made
            }
        }
    }

    [SkippableFact]
    public void FollowingZeroCostMovesRebuildsEveryProjectiveSentenceOfASliceOfEwtDev()
    {
        var path = TestData.RequireSharedFile("ud-english-ewt", "en_ewt-ud-dev.conllu");
        var checkedSentences = 0;
        foreach (var sentence in ConlluReader.ReadFile(path).Take(400))
        {
            if (!ParserProjectivizer.IsProjective(ParserTestSentences.GoldHeads(sentence))) continue;
            var (heads, _) = FollowOracle(sentence, preferLastMove: checkedSentences % 2 == 1);
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                Assert.True(sentence.Words[i].Head == heads[i + 1], $"{sentence.Id}: word {i + 1}");
            }
            checkedSentences++;
        }
        Assert.True(checkedSentences > 300);
    }

    [Fact]
    public void AttachingAWordToTheWrongHeadCostsTheArcItLoses()
    {
        var sentence = ParserTestSentences.All[0]; // The committee approved ...
        var state = new ArcEagerState();
        state.Reset(sentence.Words.Count);
        var costs = new int[ArcEagerAction.Count];
        ArcEagerOracle.Costs(state, ParserTestSentences.GoldHeads(sentence), costs);
        Assert.Equal(0, costs[ArcEagerAction.Shift]);
        Assert.Equal(1, costs[ArcEagerAction.RightArc]); // root -> "The" loses committee -> The
        Assert.Equal(int.MaxValue, costs[ArcEagerAction.LeftArc]); // the root cannot take a head
        Assert.Equal(int.MaxValue, costs[ArcEagerAction.Reduce]);
    }

    [Fact]
    public void AfterAMistakeTheOracleStillFindsTheBestReachableTree()
    {
        var sentence = ParserTestSentences.All[0];
        var gold = ParserTestSentences.GoldHeads(sentence);
        var state = new ArcEagerState();
        state.Reset(sentence.Words.Count);
        state.Apply(ArcEagerAction.RightArc, 0); // wrong: root -> The
        var costs = new int[ArcEagerAction.Count];
        while (!state.IsTerminal)
        {
            ArcEagerOracle.Costs(state, gold, costs);
            state.Apply(Array.IndexOf(costs, 0), 0);
        }
        state.Finish(0);
        var wrong = Enumerable.Range(1, sentence.Words.Count).Count(i => state.Heads[i] != gold[i]);
        Assert.Equal(1, wrong);
    }

    /// <summary>Parses by always taking a zero-cost move (the first or last one), labelling each arc with the dependent's index.</summary>
    private static (int[] Heads, int[] Labels) FollowOracle(ConlluSentence sentence, bool preferLastMove)
    {
        var gold = ParserTestSentences.GoldHeads(sentence);
        var state = new ArcEagerState();
        state.Reset(sentence.Words.Count);
        var costs = new int[ArcEagerAction.Count];
        while (!state.IsTerminal)
        {
            ArcEagerOracle.Costs(state, gold, costs);
            var move = preferLastMove ? Array.LastIndexOf(costs, 0) : Array.IndexOf(costs, 0);
            Assert.True(move >= 0, "no zero-cost move");
            var dependent = move == ArcEagerAction.LeftArc ? state.Top : state.Front;
            state.Apply(move, dependent - 1);
        }
        state.Finish(-1);
        return (state.Heads[..(sentence.Words.Count + 1)], state.Labels[..(sentence.Words.Count + 1)]);
    }
}
