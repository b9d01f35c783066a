using Dateline.Events.Cameo;
using Dateline.Tests.Support;

namespace Dateline.Tests.Events.Cameo;

public class PloverMappingTest
{
    [Fact]
    public void ThreatOfSanctionsIsAnEconomicRestrictionThreat()
    {
        Assert.Equal(new PloverEvent("THREATEN", "restrict", "economic"), PloverMapping.LoadBuiltIn().Map("1312"));
    }

    [Fact]
    public void DeploymentIsTroopMobilization()
    {
        Assert.Equal(new PloverEvent("MOBILIZE", "troops", "military"), PloverMapping.LoadBuiltIn().Map("154"));
    }

    [Fact]
    public void ACodeWithoutItsOwnRowMapsLikeItsParent()
    {
        var plover = PloverMapping.LoadBuiltIn();
        Assert.Equal(plover.Map("19"), plover.Map("199"));
        Assert.Equal(plover.Map("087"), plover.Map("0879"));
    }

    [Fact]
    public void PublicStatementsAndNonCodesHaveNoPloverEvent()
    {
        var plover = PloverMapping.LoadBuiltIn();
        Assert.Null(plover.Map("010"));
        Assert.Null(plover.Map("01"));
        Assert.Null(plover.Map("21"));
        Assert.Null(plover.Map("abc"));
    }

    [Fact]
    public void AppealsMapLikeTheMatchingDemands()
    {
        var catalog = CameoCatalog.LoadBuiltIn();
        var plover = PloverMapping.LoadBuiltIn();
        foreach (var code in catalog.Codes.Where(c => c.Root == "02" && c.Code.Length > 2))
        {
            Assert.Equal(plover.Map("10" + code.Code[2..]), plover.Map(code.Code));
        }
    }

    [Fact]
    public void EveryCatalogCodeOutsideRoot01MapsAndEveryRowIsACatalogCode()
    {
        var catalog = CameoCatalog.LoadBuiltIn();
        var plover = PloverMapping.LoadBuiltIn();
        foreach (var code in catalog.Codes.Where(c => c.Root != "01")) Assert.NotNull(plover.Map(code.Code));
        Assert.Equal(catalog.Codes.Count(c => c.Root != "01"), plover.Count);
    }

    [SkippableFact]
    public void AgreesWithThePloverTableExceptTheDocumentedDifferences()
    {
        var path = TestData.RequireSharedFile("plover", "CAMEO2PLOVER-2021.txt");
        var plover = PloverMapping.LoadBuiltIn();
        var catalog = CameoCatalog.LoadBuiltIn();
        var compared = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || !char.IsAsciiDigit(line[0])) continue;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var code = line[..colon];
            if (!seen.Add(code)) continue; // 08 and 175 are listed twice; the first line counts
            if (!catalog.TryGet(code, out _) || code == "175") continue; // 1213, 1214 are not CAMEO codes; 175 is corrected
            var body = line[(colon + 1)..];
            var hash = body.IndexOf('#', StringComparison.Ordinal);
            var fields = (hash < 0 ? body : body[..hash]).Split(',').Select(f => f.Trim()).ToArray();
            var expected = new PloverEvent(fields[0], Field(fields, 1), Field(fields, 2)?.Replace(" ", "", StringComparison.Ordinal));
            Assert.Equal(expected, plover.Map(code));
            compared++;
        }
        Assert.True(compared > 260, $"only {compared} rows compared");
    }

    private static string? Field(string[] fields, int index) =>
        index < fields.Length && fields[index].Length > 0 ? fields[index] : null;
}
