using Dateline.Storage.Export;
using Dateline.Tests.Support;

namespace Dateline.Tests.Storage.Export;

public sealed class CameoActorCodeTest
{
    [Theory]
    [InlineData("UKRGOV", "UKR", null, "GOV", null)]
    [InlineData("RUSMIL", "RUS", null, "MIL", null)]
    [InlineData("FRAMED", "FRA", null, "MED", null)]
    [InlineData("IGOWSTNAT", "WST", "NAT", "IGO", null)]
    [InlineData("USAGOVLEG", "USA", null, "GOV", "LEG")]
    [InlineData("UNO", null, "UNO", null, null)]
    [InlineData("PSE", "PSE", null, null, null)]
    [InlineData("ISRMILPSE", "ISR", "PSE", "MIL", null)]
    public void ACodeSplitsIntoCountryKnownGroupAndTypes(string code, string? country, string? group, string? type1, string? type2)
    {
        var parts = CameoActorCode.Parse(code);
        Assert.Equal((country, group, type1, type2), (parts.Country, parts.KnownGroup, parts.Type1, parts.Type2));
    }

    [Fact]
    public void ReligionBlocksFillTheReligionColumnsAndUnknownBlocksAreSkipped()
    {
        var parts = CameoActorCode.Parse("IRQREBSHIXYZ");
        Assert.Equal(("IRQ", "REB", "SHI", null), (parts.Country, parts.Type1, parts.Religion1, parts.KnownGroup));
        Assert.Equal(ActorCodeParts.None, CameoActorCode.Parse(null));
        Assert.Equal(ActorCodeParts.None, CameoActorCode.Parse("XY"));
    }

    [SkippableFact]
    public void EveryBlockOfTheTableIsACodeOfGdeltsLookupForItsKind()
    {
        var folder = TestData.RequireSharedFile("cameo", "gdelt-actor-lookups");
        var files = new Dictionary<string, string>
        {
            ["country"] = "cameoCountry.txt", ["group"] = "cameoGroup.txt", ["religion"] = "cameoReligion.txt", ["type"] = "cameoType.txt",
        };
        var lookups = files.ToDictionary(f => f.Key, f => File.ReadLines(Path.Combine(folder, f.Value)).Skip(1)
            .Select(l => l.Split('\t')[0].Trim().ToUpperInvariant()).ToHashSet());
        var table = CameoActorCode.Table().ToList();
        Assert.True(table.Count > 400, $"only {table.Count} blocks");
        foreach (var (block, kind) in table) Assert.True(lookups[kind].Contains(block), $"{block} is not a {kind} code in GDELT's lookup");
        foreach (var kind in new[] { "type", "religion", "group" })
        {
            Assert.Equal(lookups[kind].Order(), table.Where(t => t.Kind == kind).Select(t => t.Block).Order());
        }
    }
}
