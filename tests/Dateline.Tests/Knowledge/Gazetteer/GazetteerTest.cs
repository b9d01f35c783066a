using Dateline.Knowledge.Gazetteer;
using Gaz = Dateline.Knowledge.Gazetteer.Gazetteer;

namespace Dateline.Tests.Knowledge.Gazetteer;

public class GazetteerTest
{
    private readonly Gaz _small = SmallGazetteer.Load();

    [Fact]
    public void FileRoundTripKeepsEveryFieldOfAPlace()
    {
        var paris = _small.Lookup("Paris").Single(p => p.CountryCode == "US");

        Assert.Equal(new GeoPlace("Paris", 33.6609, -95.5555, "US", "USA", "TX", 1002, "PPLA2", 25000), paris);
    }

    [Fact]
    public void CountriesCarryBothIsoCodesAndTheirCameoCode()
    {
        var romania = Assert.Single(_small.Lookup("Rumania"));

        Assert.True(romania.IsCountry);
        Assert.Equal(("RO", "ROU"), (romania.CountryCode, romania.CountryCode3));
        Assert.Equal("ROM", _small.CameoCode("RO"));
        Assert.Same(romania, _small.Country("ROU"));
        Assert.Equal("RO", _small.CountryOfDemonym("romanian"));
    }

    [Theory]
    [InlineData("paris")]
    [InlineData("PARIS")]
    [InlineData("  Paris ")]
    public void LookupIgnoresCaseAndSurroundingSpace(string name) =>
        Assert.Equal([1001, 1002], _small.Lookup(name).Select(p => p.GeonameId));

    [Theory]
    [InlineData("Cordoba")]
    [InlineData("córdoba")]
    [InlineData("CÓRDOBA")]
    public void LookupIgnoresDiacritics(string name) =>
        Assert.Equal([1009, 1010], _small.Lookup(name).Select(p => p.GeonameId));

    [Fact]
    public void OverridesAddVariantsAndMetonymsAndAreRecognisedAsSuch()
    {
        var house = Assert.Single(_small.Lookup("White House"));

        Assert.Equal(1012, house.GeonameId);
        Assert.Equal(1013, Assert.Single(_small.Lookup("Kronstadt")).GeonameId);
        Assert.True(_small.IsOverride("the white house", house));
        Assert.True(_small.HasOverride("Washington"));
        Assert.False(_small.HasOverride("Paris"));
    }

    [Fact]
    public void NamesAreSharedBetweenCountryAndRegion()
    {
        var georgia = _small.Lookup("Georgia");

        Assert.Equal(2, georgia.Count);
        Assert.Contains(georgia, p => p.IsCountry && p.CountryCode == "GE");
        Assert.Contains(georgia, p => p.IsRegion && p.Admin1 == "GA" && p.CountryCode3 == "USA");
    }

    [Fact]
    public void UnknownNameGivesNoCandidates() => Assert.Empty(_small.Lookup("Atlantis"));

    [Fact]
    public void WrongHeaderIsRejectedWithACode()
    {
        var error = Assert.Throws<InvalidDataException>(() => Gaz.Load(SmallGazetteer.Compressed("#other\t1\n"), null, "bad.gz"));

        Assert.StartsWith("G001", error.Message);
        Assert.Contains("bad.gz", error.Message);
    }

    [Fact]
    public void MalformedRowNamesItsLine()
    {
        var text = "#dateline-gazetteer\t1\nP\t1\tNowhere\n";

        var error = Assert.Throws<InvalidDataException>(() => Gaz.Load(SmallGazetteer.Compressed(text), null, "short.gz"));

        Assert.StartsWith("G002", error.Message);
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void OverrideToAnUnknownPlaceIsRejected()
    {
        var overrides = new StringReader("Atlantis\tP:999999\tnowhere\n");

        var error = Assert.Throws<InvalidDataException>(() => Gaz.Load(SmallGazetteer.Compressed(SmallGazetteer.Data), overrides));

        Assert.StartsWith("G003", error.Message);
    }

    [Theory]
    [InlineData("Kyiv")]
    [InlineData("Kiev")]
    [InlineData("KIEV")]
    [InlineData("Kyïv")]
    public void EmbeddedGazetteerKnowsKyivUnderItsSpellings(string name)
    {
        var kyiv = Gaz.Embedded.Lookup(name).Single(p => p.CountryCode == "UA");

        Assert.Equal(703448, kyiv.GeonameId);
        Assert.Equal("PPLC", kyiv.FeatureCode);
        Assert.InRange(kyiv.Lat, 50.4, 50.5);
        Assert.InRange(kyiv.Lon, 30.4, 30.6);
    }

    [Theory]
    [InlineData("Odesa", 698740)]
    [InlineData("Kharkov", 706483)]
    [InlineData("the Kremlin", 524901)]
    [InlineData("Downing Street", 2643743)]
    public void EmbeddedOverridesReachTheirPlaces(string name, int geonameId) =>
        Assert.Contains(Gaz.Embedded.Lookup(name), p => p.GeonameId == geonameId);

    [Fact]
    public void EmbeddedGazetteerHasEveryCountryWithIsoAndCameoCodes()
    {
        var ukraine = Gaz.Embedded.Country("UA");

        Assert.NotNull(ukraine);
        Assert.Equal("UKR", ukraine.CountryCode3);
        Assert.Equal("ROM", Gaz.Embedded.CameoCode("RO"));
        Assert.Equal("USA", Gaz.Embedded.CameoCode("US"));
        Assert.True(Gaz.Embedded.Lookup("Donbass").Single().IsRegion);
    }
}
