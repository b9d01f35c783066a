using Dateline.Nlp.Entities;

namespace Dateline.Tests.Nlp.Entities;

public class NerModelFormatTest
{
    [Fact]
    public void AModelReadBackLabelsSentencesAsTheOriginalDoes()
    {
        var model = TinyModel.Train();
        using var stream = new MemoryStream();
        NerModelFormat.Write(model, stream);
        stream.Position = 0;
        var loaded = NerModelFormat.Read(stream, "tiny");
        var original = new NerLabeler(model, TinyModel.Lists);
        var reloaded = new NerLabeler(loaded, TinyModel.Lists);
        var buffer = new FeatureBuffer();
        foreach (var example in TinyModel.Examples)
        {
            var sentence = SentenceText.FromWords(example.Words);
            Assert.Equal(original.Predict(sentence, buffer), reloaded.Predict(sentence, buffer));
        }
        Assert.Equal(model.Transitions, loaded.Transitions);
    }

    [Fact]
    public void TheFileStartsWithTheMagicAndVersion()
    {
        using var stream = new MemoryStream();
        NerModelFormat.Write(TinyModel.Train(), stream);
        var bytes = stream.ToArray();
        Assert.Equal("DLNER"u8.ToArray(), bytes[..5]);
        Assert.Equal(NerModelFormat.Version, BitConverter.ToInt32(bytes, 5));
    }

    [Fact]
    public void AFileOfAnotherKindIsRejectedWithACode()
    {
        using var stream = new MemoryStream("NOTAMODEL"u8.ToArray());
        var error = Assert.Throws<InvalidDataException>(() => NerModelFormat.Read(stream, "other.bin"));
        Assert.Contains("E201", error.Message, StringComparison.Ordinal);
        Assert.Contains("other.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileOfAnotherVersionIsRejectedWithACode()
    {
        using var stream = new MemoryStream();
        stream.Write("DLNER"u8);
        stream.Write(BitConverter.GetBytes(NerModelFormat.Version + 1));
        stream.Position = 0;
        Assert.Contains("E202", Assert.Throws<InvalidDataException>(() => NerModelFormat.Read(stream, "new.bin")).Message, StringComparison.Ordinal);
    }
}
