using Dateline.Knowledge.Linking.Evaluation;

namespace Dateline.Tests.Knowledge.Linking.Evaluation;

public class LinkingCaseReaderTest
{
    [Fact]
    public void ACaseLineGivesDateMentionExpectedCodeAndSentence()
    {
        const string text = "# comment\ndate\tmention\texpected\tnote\tsentence\n2022-03-10\tKyiv\tUKRGOV\tcapital\tKyiv welcomed the decision.\n2018-01-01\tAnna\t-\tnone\tAnna left.\n";
        var cases = LinkingCaseReader.Read(new StringReader(text), "cases.tsv");
        Assert.Equal(2, cases.Count);
        Assert.Equal(new LinkingCase(3, new DateOnly(2022, 3, 10), "Kyiv", "UKRGOV", "capital", "Kyiv welcomed the decision."), cases[0]);
        Assert.Null(cases[1].Expected);
    }

    [Fact]
    public void AMentionMissingFromItsSentenceIsReportedWithFileAndLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => LinkingCaseReader.Read(new StringReader("2022-03-10\tKyiv\tUKRGOV\tnote\tMoscow said so.\n"), "cases.tsv"));
        Assert.StartsWith("cases.tsv:1:", error.Message);
    }

    [Fact]
    public void TheProjectsCasesMostlyGetTheirCodes()
    {
        var path = Path.Combine(Support.TestData.RepositoryRoot(), "tests", "Dateline.Tests", "Knowledge", "Linking", "linking-cases.tsv");
        using var reader = File.OpenText(path);
        var cases = LinkingCaseReader.Read(reader, path);
        var dictionaries = Dateline.Knowledge.BuiltInDictionaries.Load();
        var codes = LinkingCaseEvaluator.Evaluate(DefaultPipeline.Create(null, dictionaries), new Dateline.Knowledge.Linking.ActorResolver(dictionaries), cases);
        var right = cases.Where((c, i) => c.Expected == codes[i]).Count();
        Assert.True(cases.Count >= 30, $"{cases.Count} cases");
        Assert.True(right >= cases.Count * 0.8, $"{right}/{cases.Count} right (measured 36/36 when written)");
    }
}
