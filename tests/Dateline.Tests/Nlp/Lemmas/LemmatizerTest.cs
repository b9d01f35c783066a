using Dateline.Nlp.Lemmas;
using Dateline.Tests.Support;

namespace Dateline.Tests.Nlp.Lemmas;

public class LemmatizerTest
{
    private static Lemmatizer Empty() =>
        new(new LemmaTable(new Dictionary<string, LemmaEntry[]>(StringComparer.Ordinal), new Dictionary<string, LemmaEntry[]>(StringComparer.Ordinal)));

    private static Lemmatizer FromHandTagged()
    {
        var builder = new LemmaTableBuilder();
        foreach (var sentence in HandTaggedSentences.Training) builder.Add(sentence);
        builder.Add(HandTaggedSentences.Parse("He/PRP/PRON/he went/VBD/VERB/go there/RB/ADV/there ././PUNCT/."));
        builder.Add(HandTaggedSentences.Parse("They/PRP/PRON/they create/VBP/VERB/create maps/NNS/NOUN/map ././PUNCT/."));
        return new Lemmatizer(builder.Build());
    }

    [Theory]
    [InlineData("puppies", "NNS", "puppy")]
    [InlineData("boxes", "NNS", "box")]
    [InlineData("churches", "NNS", "church")]
    [InlineData("tables", "NNS", "table")]
    [InlineData("glasses", "NNS", "glass")]
    [InlineData("carries", "VBZ", "carry")]
    [InlineData("wishes", "VBZ", "wish")]
    [InlineData("jumps", "VBZ", "jump")]
    [InlineData("organizes", "VBZ", "organize")]
    [InlineData("buzzes", "VBZ", "buzz")]
    public void PluralsAndThirdPersonFormsLoseTheirEnding(string word, string xpos, string lemma) =>
        Assert.Equal(lemma, Empty().Lemmatize(word, xpos));

    [Theory]
    [InlineData("stopped", "VBD", "stop")]
    [InlineData("planned", "VBN", "plan")]
    [InlineData("hoped", "VBD", "hope")]
    [InlineData("realized", "VBN", "realize")]
    [InlineData("copied", "VBD", "copy")]
    [InlineData("called", "VBD", "call")]
    [InlineData("heated", "VBN", "heat")]
    [InlineData("walking", "VBG", "walk")]
    [InlineData("running", "VBG", "run")]
    [InlineData("dancing", "VBG", "dance")]
    [InlineData("arrived", "VBD", "arrive")]
    [InlineData("engaged", "VBN", "engage")]
    [InlineData("bigger", "JJR", "big")]
    [InlineData("happiest", "JJS", "happy")]
    [InlineData("nicer", "JJR", "nice")]
    public void PastFormsParticiplesAndComparativesAreUndone(string word, string xpos, string lemma) =>
        Assert.Equal(lemma, Empty().Lemmatize(word, xpos));

    [Fact]
    public void UnseenWordsAreLowercasedExceptProperNounsAndAcronyms()
    {
        var lemmatizer = Empty();
        Assert.Equal("harbour", lemmatizer.Lemmatize("Harbour", "NN"));
        Assert.Equal("Kestrelton", lemmatizer.Lemmatize("Kestrelton", "NNP"));
        Assert.Equal("Martian", lemmatizer.Lemmatize("Martians", "NNPS"));
        Assert.Equal("NGO", lemmatizer.Lemmatize("NGO", "NN"));
        Assert.Equal("Peruvian", lemmatizer.Lemmatize("Peruvian", "JJ"));
    }

    [Fact]
    public void UninflectedTagsKeepTheWord()
    {
        var lemmatizer = Empty();
        Assert.Equal("quickly", lemmatizer.Lemmatize("quickly", "RB"));
        Assert.Equal("news", lemmatizer.Lemmatize("news", "NN"));
        Assert.Equal("42", lemmatizer.Lemmatize("42", "CD"));
    }

    [Fact]
    public void NumbersLoseTheirThousandsSeparators()
    {
        Assert.Equal("25000", Empty().Lemmatize("25,000", "CD"));
    }

    [Fact]
    public void LearnedLemmasWinOverRules()
    {
        var lemmatizer = FromHandTagged();
        Assert.Equal("go", lemmatizer.Lemmatize("went", "VBD"));
        Assert.Equal("eat", lemmatizer.Lemmatize("eaten", "VBN"));
        Assert.Equal("be", lemmatizer.Lemmatize("were", "VBD"));
    }

    [Fact]
    public void ASentenceInitialCapitalFindsTheLowercaseEntry()
    {
        Assert.Equal("be", FromHandTagged().Lemmatize("Were", "VBD"));
    }

    [Fact]
    public void AKnownLemmaDecidesBetweenRuleCandidates()
    {
        // "created" could be "creat" or "create"; the table knows "create".
        Assert.Equal("create", FromHandTagged().Lemmatize("created", "VBD"));
    }

    [Fact]
    public void ACurlyApostropheIsStraightenedBeforeLookup()
    {
        var builder = new LemmaTableBuilder();
        builder.Add(HandTaggedSentences.Parse("it/PRP/PRON/it 's/VBZ/AUX/be late/JJ/ADJ/late"));
        Assert.Equal("be", new Lemmatizer(builder.Build()).Lemmatize("\u2019s", "VBZ"));
    }
}
