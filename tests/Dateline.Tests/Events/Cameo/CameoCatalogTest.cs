using System.Globalization;
using Dateline.Events.Cameo;
using Dateline.Tests.Support;

namespace Dateline.Tests.Events.Cameo;

public class CameoCatalogTest
{
    [Fact]
    public void ThreatOfSanctionsIsVerbalConflictWithItsGoldsteinWeight()
    {
        Assert.True(CameoCatalog.LoadBuiltIn().TryGet("1312", out var code));
        Assert.Equal("13", code.Root);
        Assert.Equal(3, code.QuadClass);
        Assert.Equal(-5.8, code.Goldstein);
        Assert.Contains("sanction", code.Label, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void LeadingZerosArePartOfTheCode()
    {
        var catalog = CameoCatalog.LoadBuiltIn();
        Assert.True(catalog.TryGet("0874", out var retreat));
        Assert.Equal(2, retreat.QuadClass);
        Assert.False(catalog.TryGet("874", out _));
        Assert.False(catalog.TryGet("2043", out _));
    }

    [Fact]
    public void EveryRootHasItsQuadClass()
    {
        var catalog = CameoCatalog.LoadBuiltIn();
        int[] expected = [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4];
        for (var root = 1; root <= 20; root++)
        {
            Assert.True(catalog.TryGet(root.ToString("00", CultureInfo.InvariantCulture), out var code));
            Assert.Equal(expected[root], code.QuadClass);
        }
    }

    [Fact]
    public void DemandCodesKeepTheCodebookMeaningRatherThanGdeltsShiftedLabels()
    {
        var catalog = CameoCatalog.LoadBuiltIn();
        Assert.True(catalog.TryGet("106", out var meeting));
        Assert.Contains("meeting", meeting.Label, StringComparison.OrdinalIgnoreCase);
        Assert.True(catalog.TryGet("1056", out var deescalation));
        Assert.Contains("de-escalation", deescalation.Label, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AMalformedRowNamesTheFileAndLine()
    {
        const string text = "# comment\ncode\tquad\tgoldstein\tlabel\n01\t1\t0.0\tStatement\n010\t2\t0.0\tWrong quad\n";
        var error = Assert.Throws<InvalidDataException>(() => CameoCatalog.Read(text, "codes.tsv"));
        Assert.StartsWith("codes.tsv:4:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACodeWithoutItsParentIsRejected()
    {
        const string text = "code\tquad\tgoldstein\tlabel\n01\t1\t0.0\tStatement\n0111\t1\t0.0\tOrphan\n";
        var error = Assert.Throws<InvalidDataException>(() => CameoCatalog.Read(text, "codes.tsv"));
        Assert.Contains("parent 011", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void CodesAndGoldsteinWeightsMatchTheGdeltTables()
    {
        var folder = TestData.RequireSharedFile("cameo", "gdelt-eventcodes-goldstein");
        var gdeltCodes = ReadColumn(Path.Combine(folder, "CAMEO.eventcodes.txt"));
        var gdeltWeights = ReadColumn(Path.Combine(folder, "CAMEO.goldsteinscale.txt"));
        var catalog = CameoCatalog.LoadBuiltIn();
        Assert.Equal(gdeltCodes.Keys.Order(StringComparer.Ordinal), catalog.Codes.Select(c => c.Code).Order(StringComparer.Ordinal));
        foreach (var (code, weight) in gdeltWeights)
        {
            Assert.True(catalog.TryGet(code, out var info), code);
            Assert.Equal(double.Parse(weight, CultureInfo.InvariantCulture), info.Goldstein);
        }
    }

    private static Dictionary<string, string> ReadColumn(string path)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2) rows[fields[0].Trim()] = fields[1].Trim();
        }
        return rows;
    }
}
