using Dateline.Documents;
using Dateline.Extraction.Numbers;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Numbers;

public class NumberScannerTest
{
    private static List<NumberMatch> Scan(string text)
    {
        var document = SegmentedDocuments.Of(text);
        var scanner = new NumberScanner(new NumberTokens(document.Text, document.Get(Layers.Tokens)));
        var numbers = new List<NumberMatch>();
        foreach (var sentence in document.Get(Layers.Sentences)) scanner.Scan(sentence.FirstToken, sentence.EndToken, numbers);
        return numbers;
    }

    private static double Single(string text)
    {
        var numbers = Scan(text);
        Assert.Single(numbers);
        return numbers[0].Value;
    }

    [Theory]
    [InlineData("The convoy had three trucks.", 3)]
    [InlineData("She counted twenty-five boats.", 25)]
    [InlineData("They moved one hundred and twenty thousand people.", 120000)]
    [InlineData("We bought a dozen eggs.", 12)]
    [InlineData("The fund lost half a million.", 500000)]
    [InlineData("Nine thousand nine hundred and ninety-nine remained.", 9999)]
    [InlineData("The bill came to four thousand 3 hundred and 12 in all.", 4312)]
    public void WrittenNumbersRead(string text, double expected) => Assert.Equal(expected, Single(text));

    [Theory]
    [InlineData("The state spent 13 lakh on roads.", 1_300_000)]
    [InlineData("The scheme cost five crore.", 50_000_000)]
    [InlineData("Exports reached three lakh crore.", 3_000_000_000_000)]
    [InlineData("About 2.5 million voted.", 2_500_000)]
    [InlineData("The debt hit 1.2 trillion.", 1_200_000_000_000)]
    public void ScalesIncludingLakhAndCroreMultiply(string text, double expected) => Assert.Equal(expected, Single(text));

    [Theory]
    [InlineData("Two thirds of the seats were empty.", 2.0 / 3)]
    [InlineData("It took one and a half hours.", 1.5)]
    [InlineData("Add three quarters of a cup.", 0.75)]
    [InlineData("The pole is 2 1/4 metres tall.", 2.25)]
    public void FractionsRead(string text, double expected) => Assert.Equal(expected, Single(text), 9);

    [Fact]
    public void OrdinalsAreMarkedAsOrdinals()
    {
        var numbers = Scan("He finished twenty-third, she finished 4th.");
        Assert.Equal([23.0, 4.0], numbers.Select(n => n.Value));
        Assert.All(numbers, n => Assert.Equal(NumberKind.Ordinal, n.Kind));
    }

    [Fact]
    public void TheOneAfterADeterminerIsAPronoun()
    {
        Assert.Empty(Scan("That one was better than this one."));
        Assert.Equal(1, Single("Only one ship left port."));
    }

    [Fact]
    public void NumbersThatCannotJoinStaySeparate()
    {
        var numbers = Scan("Rooms 4000 3 hundred and 2 hundred.");
        Assert.Equal([4000.0, 300, 200], numbers.Select(n => n.Value));
    }

    [Fact]
    public void MinusAndNegativeChangeTheSign()
    {
        Assert.Equal(-4, Single("The reading was minus four."));
        Assert.Equal(-12.5, Single("It fell to -12.5 overnight."));
    }

    [Fact]
    public void SpansCoverTheWholeNumber()
    {
        const string text = "They counted one hundred and six birds.";
        var number = Scan(text)[0];
        Assert.Equal("one hundred and six", text[number.Start..number.End]);
    }
}
