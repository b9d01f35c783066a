using Dateline.Knowledge.Actors;

namespace Dateline.Tests.Knowledge.Actors;

public class ActorTableReaderTest
{
    private const string Header = "kind\tname\taliases\tcodes\trole\tcountry\tnote\n";

    [Theory]
    [InlineData("SWEGOV 2020-01-01", "FROM..UNTIL")]
    [InlineData("SWEGOV 2020-13-01..", "YYYY-MM-DD")]
    [InlineData("SWEGOV 2021-01-01..2020-01-01", "ends before it starts")]
    [InlineData("sweGOV", "upper-case")]
    [InlineData("", "no code")]
    public void BadCodesAreReportedAndTheRowSkipped(string codes, string message)
    {
        var result = BuiltInKnowledge.Read([("p.tsv", Header + $"person\tAnna Berg\t\t{codes}\tGOV\tSWE\t\n")]);
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Dictionary.Records);
    }

    [Fact]
    public void AWrongHeaderOrUnknownKindIsReported()
    {
        var result = BuiltInKnowledge.Read([("x.tsv", "name\tcode\nA\tB\n"), ("y.tsv", Header + "planet\tMars\t\tMRS\t\t\t\n")]);
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains("not a knowledge file", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("kind 'planet'", result.Errors[1].Message, StringComparison.Ordinal);
    }
}
