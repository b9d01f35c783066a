using Dateline.Nlp.Tagging;
using Dateline.Tests.Support;

namespace Dateline.Tests.Nlp.Tagging;

public class PosTaggerTest
{
    private static readonly PosTaggerTrainingOptions Tiny = new() { Iterations = 8, Seed = 7, TagDictionaryMinCount = 3 };

    private static PosTagger TrainTiny() => new PosTaggerTrainer(Tiny).Train(HandTaggedSentences.Training);

    private static byte[] Bytes(PosTagger tagger)
    {
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void ATinyModelLearnsItsTrainingSentences()
    {
        var tagger = TrainTiny();
        var sentence = HandTaggedSentences.Training[2];
        var tagged = tagger.Tag(HandTaggedSentences.Forms(sentence));
        Assert.Equal(sentence.Words.Select(w => w.Xpos), tagged.Xpos);
        Assert.Equal(sentence.Words.Select(w => w.Upos), tagged.Upos);
        Assert.Equal(sentence.Words.Select(w => w.Lemma), tagged.Lemmas);
    }

    [Fact]
    public void ASavedModelLoadsAndTagsExactlyAsBefore()
    {
        var tagger = TrainTiny();
        var loaded = PosTagger.Load(new MemoryStream(Bytes(tagger)));
        string[][] inputs = [["The", "cats", "walked", "home", "."], ["Maria", "has", "three", "boats"], ["Dogs", "sleep", "."]];
        foreach (var words in inputs)
        {
            Assert.Equal(tagger.Tag(words), loaded.Tag(words), TaggedSentenceComparer.Instance);
        }
        Assert.Equal(Bytes(tagger), Bytes(loaded));
    }

    [Fact]
    public void TrainingTwiceWithTheSameSeedGivesTheSameFile()
    {
        Assert.Equal(Bytes(TrainTiny()), Bytes(TrainTiny()));
    }

    [Fact]
    public void AFileWithAnotherMagicIsRejectedWithACode()
    {
        var bytes = Bytes(TrainTiny());
        bytes[0] = (byte)'X';
        var ex = Assert.Throws<InvalidDataException>(() => PosTagger.Load(new MemoryStream(bytes), "broken.bin"));
        Assert.StartsWith("E021", ex.Message);
        Assert.Contains("broken.bin", ex.Message);
    }

    [Fact]
    public void AnEmptySentenceGivesEmptyTags()
    {
        var tagged = TrainTiny().Tag([]);
        Assert.Empty(tagged.Upos);
        Assert.Empty(tagged.Lemmas);
    }

    private sealed class TaggedSentenceComparer : IEqualityComparer<TaggedSentence>
    {
        public static readonly TaggedSentenceComparer Instance = new();

        public bool Equals(TaggedSentence? x, TaggedSentence? y) =>
            x != null && y != null && x.Upos.SequenceEqual(y.Upos) && x.Xpos.SequenceEqual(y.Xpos) && x.Lemmas.SequenceEqual(y.Lemmas);

        public int GetHashCode(TaggedSentence obj) => obj.Upos.Count;
    }
}
