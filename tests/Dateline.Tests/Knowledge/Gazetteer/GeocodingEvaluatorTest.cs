using Dateline.Knowledge.Gazetteer;
using Dateline.Tests.Support;

namespace Dateline.Tests.Knowledge.Gazetteer;

public class GeocodingEvaluatorTest
{
    [Fact]
    public void CasesAreReadWithTheirListsAndScoredExactOrByCountry()
    {
        const string tsv = "# comment\ntoponym\tqualifier\tdateline\tcontext\texpected\tcountry\tnote\n"
            + "Paris\tTexas\t\tDallas; Texas\t1002\tUS\tqualified\n"
            + "Georgia\t\t\tTbilisi\tC:GE\tGE\tcountry\n"
            + "Cordoba\t\tSeville\t\t1009\tAR\tlabelled against the dateline on purpose\n";
        var cases = GeocodingCaseReader.Read(new StringReader(tsv), "inline");

        var report = GeocodingEvaluator.Evaluate(new PlaceResolver(SmallGazetteer.Load()), cases);

        Assert.Equal(["Dallas", "Texas"], cases[0].Context);
        Assert.Equal(["Seville"], cases[2].Dateline);
        Assert.Equal(5, cases[2].Line);
        Assert.Equal((3, 2, 2), (report.Cases, report.Exact, report.RightCountry));
        var error = Assert.Single(report.Errors);
        Assert.Equal(1010, error.Picked?.GeonameId);
    }

    [Fact]
    public void ShortRowIsRejectedWithItsLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => GeocodingCaseReader.Read(new StringReader("Paris\tTexas\n"), "short.tsv"));

        Assert.StartsWith("G010", error.Message);
        Assert.Contains("line 1", error.Message);
    }

    [Fact]
    public void CommittedCasesStayWellAboveAFloorOnTheEmbeddedGazetteer()
    {
        var path = Path.Combine(TestData.RepositoryRoot(), "tests", "Dateline.Tests", "Knowledge", "Gazetteer", "geocoding-cases.tsv");
        using var reader = File.OpenText(path);
        var cases = GeocodingCaseReader.Read(reader, path);

        var report = GeocodingEvaluator.Evaluate(new PlaceResolver(Dateline.Knowledge.Gazetteer.Gazetteer.Embedded), cases);

        Assert.True(cases.Count >= 150, $"{cases.Count} cases");
        Assert.True(report.ExactAccuracy >= 80, $"exact {report.ExactAccuracy:F1}% (measured 93.7%)");
        Assert.True(report.CountryAccuracy >= 85, $"country {report.CountryAccuracy:F1}% (measured 95.9%)");
    }
}
