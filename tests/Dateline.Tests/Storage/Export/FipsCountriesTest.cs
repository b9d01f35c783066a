using Dateline.Storage.Export;
using Dateline.Tests.Support;

namespace Dateline.Tests.Storage.Export;

public sealed class FipsCountriesTest
{
    [Theory]
    [InlineData("UA", "UP")]
    [InlineData("RU", "RS")]
    [InlineData("DE", "GM")]
    [InlineData("GB", "UK")]
    [InlineData("US", "US")]
    [InlineData("ua", "UP")]
    public void AnIsoCodeMapsToTheFipsCodeGdeltWrites(string iso, string fips) => Assert.Equal(fips, FipsCountries.FromIso(iso));

    [Fact]
    public void UnknownOrMissingCodesHaveNoFipsCode()
    {
        Assert.Null(FipsCountries.FromIso("ZZ"));
        Assert.Null(FipsCountries.FromIso(null));
    }

    [SkippableFact]
    public void EveryFipsCodeOfTheTableIsInGdeltsFipsListAndNoTwoCountriesShareOne()
    {
        var path = TestData.RequireSharedFile("cameo", "gdelt-actor-lookups", "FIPS.country.txt");
        var names = File.ReadLines(path).Select(l => l.TrimEnd('\r').Split('\t')).Where(f => f.Length >= 2).ToDictionary(f => f[0], f => f[1]);
        var table = FipsCountries.All.ToList();
        Assert.True(table.Count >= 240, $"only {table.Count} countries");
        foreach (var (iso, fips) in table) Assert.True(names.ContainsKey(fips), $"{iso} -> {fips}: {fips} is not in FIPS.country.txt");
        Assert.Equal(table.Count, table.Select(p => p.Value).Distinct().Count());
        Assert.Equal("Ukraine", names[FipsCountries.FromIso("UA")!]);
        Assert.Equal("Germany", names[FipsCountries.FromIso("DE")!]);
    }
}
