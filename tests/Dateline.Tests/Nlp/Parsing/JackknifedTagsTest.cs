using Dateline.Documents;
using Dateline.Nlp.Parsing;
using Dateline.Nlp.Tagging;

namespace Dateline.Tests.Nlp.Parsing;

public class JackknifedTagsTest
{
    private static readonly PosTaggerTrainingOptions Quick = new() { Iterations = 3, SecondPass = false };

    [Fact]
    public void EverySentenceIsTaggedByATaggerThatDidNotSeeIt()
    {
        var sentences = ParserTestSentences.All;
        var tags = JackknifedTags.Predict(sentences, 2, Quick);
        Assert.Equal(sentences.Count, tags.Length);
        for (var s = 0; s < sentences.Count; s++) Assert.Equal(sentences[s].Words.Count, tags[s].Xpos.Count);
        // A tagger trained on the other fold cannot know the words that appear only in this sentence, so
        // the tags differ from what a tagger trained on everything gives somewhere.
        var full = new PosTaggerTrainer(Quick).Train(sentences);
        var differences = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var seen = JackknifedTags.Tag(full, sentences[s]);
            for (var i = 0; i < seen.Xpos.Count; i++) if (seen.Xpos[i] != tags[s].Xpos[i]) differences++;
        }
        Assert.True(differences > 0);
    }

    [Fact]
    public void TagsWrittenAndReadBackAreTheSame()
    {
        var sentences = ParserTestSentences.All;
        var tags = sentences.Select(s => new PosTags([.. s.Words.Select(w => w.Upos)], [.. s.Words.Select(w => w.Xpos)])).ToArray();
        var path = Path.GetTempFileName();
        try
        {
            using (var writer = new StreamWriter(path)) JackknifedTags.Write(writer, tags);
            var read = JackknifedTags.Read(path, sentences);
            for (var s = 0; s < tags.Length; s++)
            {
                Assert.Equal(tags[s].Upos, read[s].Upos);
                Assert.Equal(tags[s].Xpos, read[s].Xpos);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AFileForOtherSentencesIsRefusedNamingTheLine()
    {
        var sentences = ParserTestSentences.All;
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, sentences.Select(_ => "NOUN NN"));
            var error = Assert.Throws<InvalidDataException>(() => JackknifedTags.Read(path, sentences));
            Assert.Contains(path + ":1:", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TheParserTrainsOnGivenTagsAndRefusesTagsThatDoNotMatch()
    {
        var sentences = ParserTestSentences.All;
        var tags = JackknifedTags.Predict(sentences, 2, Quick);
        var parser = ParserTrainer.Train(sentences, ParserTestSentences.TinyOptions, trainingTags: tags);
        Assert.NotNull(parser);
        Assert.Throws<ArgumentException>(() => ParserTrainer.Train(sentences, ParserTestSentences.TinyOptions, trainingTags: tags[1..]));
    }
}
