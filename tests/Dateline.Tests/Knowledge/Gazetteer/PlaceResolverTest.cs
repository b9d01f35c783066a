using Dateline.Knowledge.Gazetteer;

namespace Dateline.Tests.Knowledge.Gazetteer;

public class PlaceResolverTest
{
    private readonly PlaceResolver _resolver = new(SmallGazetteer.Load());

    private GeoPlace? ResolveFirst(Toponym toponym, string[] context, string[]? dateline = null)
    {
        var toponyms = new List<Toponym> { toponym };
        toponyms.AddRange(context.Select(Toponym.Parse));
        return _resolver.Resolve(toponyms, _resolver.ResolveDateline(dateline ?? []))[0];
    }

    [Fact]
    public void WithoutContextTheCapitalBeatsTheSmallTown() =>
        Assert.Equal(1001, ResolveFirst(new Toponym("Paris"), [])?.GeonameId);

    [Fact]
    public void WithoutContextAnAdminSeatBeatsALargerOrdinaryPlaceOfTheSameSize() =>
        Assert.Equal(1006, ResolveFirst(new Toponym("Springfield"), [])?.GeonameId);

    [Fact]
    public void WithoutContextTheCountryBeatsTheRegion() =>
        Assert.True(ResolveFirst(new Toponym("Georgia"), [])?.IsCountry);

    [Fact]
    public void QualifierNamingTheRegionPicksThePlaceInIt() =>
        Assert.Equal(1002, ResolveFirst(new Toponym("Paris", "Texas"), [])?.GeonameId);

    [Fact]
    public void QualifierNamingTheCountryPicksThePlaceInIt() =>
        Assert.Equal(1010, ResolveFirst(new Toponym("Cordoba", "Spain"), [])?.GeonameId);

    [Fact]
    public void QualifierWrittenAsAnIsoCodeCounts() =>
        Assert.Equal(1002, ResolveFirst(new Toponym("Paris", "US"), [])?.GeonameId);

    [Fact]
    public void ToponymParseSplitsTheQualifierAfterTheComma()
    {
        Assert.Equal(new Toponym("Paris", "Texas"), Toponym.Parse("Paris, Texas"));
        Assert.Equal(new Toponym("Paris"), Toponym.Parse("Paris"));
    }

    [Fact]
    public void CapitalOfTheCountryInContextMakesGeorgiaTheCountry() =>
        Assert.True(ResolveFirst(new Toponym("Georgia"), ["Tbilisi"])?.IsCountry);

    [Fact]
    public void CityOfTheStateInContextMakesGeorgiaTheUsState()
    {
        var georgia = ResolveFirst(new Toponym("Georgia"), ["Atlanta"]);

        Assert.True(georgia?.IsRegion);
        Assert.Equal(("US", "GA"), (georgia?.CountryCode, georgia?.Admin1));
    }

    [Fact]
    public void OtherCountriesInTheArticleKeepGeorgiaACountryDespiteOneUsCity() =>
        Assert.True(ResolveFirst(new Toponym("Georgia"), ["France", "Romania", "Dallas"])?.IsCountry);

    [Fact]
    public void OtherPlacesInTheSameCountryOutweighPopulation() =>
        Assert.Equal(1010, ResolveFirst(new Toponym("Córdoba"), ["Seville"])?.GeonameId);

    [Fact]
    public void ContextInTheSameRegionPicksTheSmallerNamesake() =>
        Assert.Equal(1007, ResolveFirst(new Toponym("Springfield"), ["Kansas City"])?.GeonameId);

    [Fact]
    public void DatelinePlaceInTheSameCountryDecides() =>
        Assert.Equal(1010, ResolveFirst(new Toponym("Cordoba"), [], ["Seville"])?.GeonameId);

    [Fact]
    public void DatelineIsResolvedWithTheFollowingPlaceAsQualifier()
    {
        var dateline = _resolver.ResolveDateline(["Paris", "Texas"]);

        Assert.Equal(1002, dateline[0]?.GeonameId);
        Assert.True(dateline[1]?.IsRegion);
    }

    [Fact]
    public void OverrideVariantBeatsAPlainNamesake() =>
        Assert.Equal(1012, ResolveFirst(new Toponym("Washington"), [])?.GeonameId);

    [Fact]
    public void UnknownNameResolvesToNull() =>
        Assert.Null(ResolveFirst(new Toponym("Atlantis"), ["Paris"]));
}
