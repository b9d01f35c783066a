using Dateline.Documents;
using Dateline.Models;
using Dateline.Nlp.Parsing;

namespace Dateline.Tests.Nlp.Parsing;

public class ParserStageTest
{
    private static readonly DependencyParser Tiny = ParserTestSentences.TrainTiny();

    /// <summary>Builds a document whose sentences are hand-annotated ones, tokens separated by single spaces.</summary>
    private static Document DocumentOf(params int[] sentenceIndices)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        List<string> upos = [], xpos = [];
        foreach (var index in sentenceIndices)
        {
            var first = tokens.Count;
            foreach (var word in ParserTestSentences.All[index].Words)
            {
                if (text.Length > 0) text.Append(' ');
                tokens.Add(new Token(text.Length, text.Length + word.Form.Length));
                text.Append(word.Form);
                upos.Add(word.Upos);
                xpos.Add(word.Xpos);
            }
            sentences.Add(new Sentence(tokens[first].Start, text.Length, first, tokens.Count - first));
        }
        var document = new Document(text.ToString());
        document.Set(Layers.Tokens, tokens);
        document.Set(Layers.Sentences, sentences);
        document.Set(Layers.Tags, new PosTags(upos, xpos));
        return document;
    }

    [Fact]
    public void TheStageDeclaresItsLayers()
    {
        var stage = new ParserStage(Tiny);
        Assert.Equal("parser", stage.Name);
        Assert.Equal([Layers.Sentences, Layers.Tokens, Layers.Tags], stage.Requires);
        Assert.Equal([Layers.Dependencies], stage.Assigns);
    }

    [Fact]
    public void HeadsAreDocumentWideWithMinusOneForEachSentenceRoot()
    {
        var document = DocumentOf(5, 0);
        new ParserStage(Tiny).Process(document, CancellationToken.None);
        var tree = document.Get(Layers.Dependencies);
        var expected = new List<int>();
        var offset = 0;
        foreach (var index in new[] { 5, 0 })
        {
            var words = ParserTestSentences.All[index].Words;
            expected.AddRange(words.Select(w => w.Head == 0 ? -1 : w.Head - 1 + offset));
            offset += words.Count;
        }
        Assert.Equal(expected, tree.Heads);
        Assert.Equal("root", tree.Relations[1]);
        Assert.Equal("obl", tree.Relations[7 + 7]);
    }

    [Fact]
    public void AMissingModelIsReportedWhenTheStageFirstRuns()
    {
        var stage = new ParserStage(new ModelRepository(Path.Combine(Path.GetTempPath(), "no-such-dateline-models")));
        var document = DocumentOf(0);
        Assert.ThrowsAny<IOException>(() => stage.Process(document, CancellationToken.None));
        Assert.False(document.Has(Layers.Dependencies));
    }
}
