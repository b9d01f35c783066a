using Dateline.Nlp.Parsing;

namespace Dateline.Tests.Nlp.Parsing;

public class DependencyParserTest
{
    private static readonly DependencyParser Tiny = ParserTestSentences.TrainTiny();

    [Fact]
    public void ATinyModelReproducesTheTreesItWasTrainedOn()
    {
        foreach (var sentence in ParserTestSentences.All)
        {
            var (forms, upos, xpos) = ParserTestSentences.Inputs(sentence);
            var parse = Tiny.Parse(forms, upos, xpos);
            Assert.Equal(sentence.Words.Select(w => w.Head - 1), parse.Heads);
            Assert.Equal(sentence.Words.Select(w => w.Deprel), parse.Relations);
        }
    }

    [Fact]
    public void ASavedModelLoadsBackAndParsesIdentically()
    {
        using var stream = new MemoryStream();
        Tiny.Save(stream);
        stream.Position = 0;
        var loaded = DependencyParser.Load(stream);
        Assert.Equal(Tiny.Labels, loaded.Labels);
        // A sentence the model never saw, so that the comparison covers uncertain decisions too.
        string[] forms = ["The", "troops", "were", "not", "given", "new", "orders", "by", "the", "minister", "."];
        string[] upos = ["DET", "NOUN", "AUX", "PART", "VERB", "ADJ", "NOUN", "ADP", "DET", "NOUN", "PUNCT"];
        string[] xpos = ["DT", "NNS", "VBD", "RB", "VBN", "JJ", "NNS", "IN", "DT", "NN", "."];
        var before = Tiny.Parse(forms, upos, xpos);
        var after = loaded.Parse(forms, upos, xpos);
        Assert.Equal(before.Heads, after.Heads);
        Assert.Equal(before.Relations, after.Relations);
    }

    [Fact]
    public void TheModelFileStartsWithItsMagicAndVersion()
    {
        using var stream = new MemoryStream();
        Tiny.Save(stream);
        var bytes = stream.ToArray();
        Assert.Equal("DLPARSE1"u8.ToArray(), bytes[..8]);
        Assert.Equal(ParserModelFormat.Version, BitConverter.ToInt32(bytes, 8));
    }

    [Fact]
    public void AFileThatIsNotAParserModelIsRejectedWithACode()
    {
        using var stream = new MemoryStream("NOTAMODEL-AT-ALL"u8.ToArray());
        var ex = Assert.Throws<InvalidDataException>(() => DependencyParser.Load(stream));
        Assert.StartsWith("E305", ex.Message);
    }

    [Fact]
    public void EveryWordGetsOneHeadAndExactlyOneRootPerTreeIsReachable()
    {
        string[] forms = ["Officials", "said", "talks", "would", "resume", "."];
        var parse = Tiny.Parse(forms, ["NOUN", "VERB", "NOUN", "AUX", "VERB", "PUNCT"], ["NNS", "VBD", "NNS", "MD", "VB", "."]);
        Assert.Equal(forms.Length, parse.Heads.Count);
        Assert.Contains(-1, parse.Heads);
        for (var i = 0; i < forms.Length; i++)
        {
            var steps = 0;
            for (var h = i; h >= 0; h = parse.Heads[h]) Assert.True(++steps <= forms.Length, "cycle");
            Assert.Equal(parse.Heads[i] < 0, parse.Relations[i] == "root");
        }
    }

    [Fact]
    public void TrainingIsDeterministicForASeed()
    {
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        Tiny.Save(a);
        ParserTestSentences.TrainTiny().Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void MismatchedInputListsAreRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Tiny.Parse(["a", "b"], ["DET"], ["DT"]));
        Assert.StartsWith("E304", ex.Message);
    }
}
