using Dateline.Documents;
using Dateline.Ingest;
using Dateline.Knowledge.Gazetteer;
using Dateline.Serialization;
using Dateline.Tests.Support;

namespace Dateline.Tests.Knowledge.Gazetteer;

public class PlaceResolutionStageTest
{
    private readonly PlaceResolutionStage _stage = new(SmallGazetteer.Load());

    /// <summary>A document whose entities are the given (type, surface) pairs, each found at its first occurrence.</summary>
    private static Document Build(string text, ArticleMetadata? metadata, params (EntityType Type, string Surface)[] entities)
    {
        var document = new Document(text, metadata);
        var list = new List<Entity>();
        foreach (var (type, surface) in entities)
        {
            var start = text.IndexOf(surface, StringComparison.Ordinal);
            Assert.True(start >= 0, surface);
            list.Add(new Entity("e" + (list.Count + 1), type, surface, [new TextSpan(start, start + surface.Length)]));
        }
        document.Set(Layers.Entities, list);
        return document;
    }

    [Fact]
    public void StageDeclaresItsLayers()
    {
        Assert.Equal("places", _stage.Name);
        Assert.Equal([Layers.Entities], _stage.Requires);
        Assert.Equal([PlaceLayers.Places], _stage.Assigns);
    }

    [Fact]
    public void LocationEntitiesAreResolvedWithTheirMentions()
    {
        var document = Build("Talks moved from Tbilisi to Paris on Monday.", null,
            (EntityType.Location, "Tbilisi"), (EntityType.Location, "Paris"));

        _stage.Process(document, CancellationToken.None);

        var places = document.Get(PlaceLayers.Places);
        Assert.Equal(["e1", "e2"], places.Select(p => p.EntityId));
        Assert.Equal([1003, 1001], places.Select(p => p.Place.GeonameId));
        Assert.Equal(new TextSpan(17, 24), Assert.Single(places[0].Mentions));
        Assert.All(places, p => Assert.False(p.FromDateline));
    }

    [Fact]
    public void AMentionFollowedByACommaAndAnotherPlaceTakesItAsQualifier()
    {
        var document = Build("The fair opened in Paris, Texas, last week.", null,
            (EntityType.Location, "Paris"), (EntityType.Location, "Texas"));

        _stage.Process(document, CancellationToken.None);

        var places = document.Get(PlaceLayers.Places);
        Assert.Equal(1002, places[0].Place.GeonameId);
        Assert.True(places[1].Place.IsRegion);
    }

    [Fact]
    public void AnEntityNamedWithItsQualifierIsSplit()
    {
        var document = Build("The fair opened in Paris, Texas last week.", null, (EntityType.Location, "Paris, Texas"));

        _stage.Process(document, CancellationToken.None);

        var place = Assert.Single(document.Get(PlaceLayers.Places));
        Assert.Equal(("Paris", 1002), (place.Name, place.Place.GeonameId));
    }

    [Fact]
    public void DatelinePlacesComeFirstAndSteerTheOthers()
    {
        var metadata = new ArticleMetadata { DatelinePlaces = ["Seville"] };
        var document = Build("Farmers in Cordoba protested again.", metadata, (EntityType.Location, "Cordoba"));

        _stage.Process(document, CancellationToken.None);

        var places = document.Get(PlaceLayers.Places);
        Assert.True(places[0].FromDateline);
        Assert.Null(places[0].EntityId);
        Assert.Equal(1011, places[0].Place.GeonameId);
        Assert.Equal(1010, places[1].Place.GeonameId);
    }

    [Fact]
    public void OrganizationsAreResolvedOnlyWhenTheyAreListedMetonyms()
    {
        var document = Build("The White House and the Paris Club both replied.", null,
            (EntityType.Organization, "The White House"), (EntityType.Organization, "Paris Club"));

        _stage.Process(document, CancellationToken.None);

        var place = Assert.Single(document.Get(PlaceLayers.Places));
        Assert.Equal(("e1", 1012), (place.EntityId, place.Place.GeonameId));
    }

    [Fact]
    public void UnknownPlacesAndPersonsAreLeftOut()
    {
        var document = Build("Georgia Brown walked from Atlantis.", null,
            (EntityType.Person, "Georgia Brown"), (EntityType.Location, "Atlantis"));

        _stage.Process(document, CancellationToken.None);

        Assert.Empty(document.Get(PlaceLayers.Places));
    }

    [Fact]
    public void PlacesAreWrittenToJsonWithCoordinatesAndCodes()
    {
        var document = Build("Crowds gathered in Tbilisi.", null, (EntityType.Location, "Tbilisi"));
        _stage.Process(document, CancellationToken.None);

        var json = ArticleJsonWriter.Default.ToJson(document, new ArticleJsonOptions());

        Assert.Contains("\"places\":[{\"entity\":\"e1\",\"name\":\"Tbilisi\",\"dateline\":false", json);
        Assert.Contains("\"lat\":41.6941,\"lon\":44.8337,\"countryCode\":\"GE\",\"countryCode3\":\"GEO\",\"admin1\":\"51\",\"geonameId\":1003", json);
    }

    [SkippableFact]
    public void ReferenceArticleResolvesMoscowKyivRussiaUkraineAndTheUnitedStates()
    {
        var path = TestData.RequireReferenceArticle();
        var article = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().Load(path)));
        var document = new Document(article.Text, article.Metadata);
        var pipeline = DefaultPipeline.Create();

        pipeline.Process(document, CancellationToken.None);

        var places = document.Get(PlaceLayers.Places);
        AssertPlace(places, "Moscow", "RU", "RUS", 55.75, 37.62);
        AssertPlace(places, "Kyiv", "UA", "UKR", 50.45, 30.52);
        Assert.Contains(places, p => p.Place.IsCountry && p.Place.CountryCode == "RU" && p.EntityId != null);
        Assert.Contains(places, p => p.Place.IsCountry && p.Place.CountryCode == "UA" && p.EntityId != null);
        Assert.Contains(places, p => p.Place.IsCountry && p.Place.CountryCode3 == "USA" && p.EntityId != null);
    }

    private static void AssertPlace(IReadOnlyList<ResolvedPlace> places, string name, string iso2, string iso3, double lat, double lon)
    {
        var found = places.Where(p => p.Place.Name == name && !p.FromDateline).ToList();
        Assert.NotEmpty(found);
        var place = found[0].Place;
        Assert.Equal((iso2, iso3, "PPLC"), (place.CountryCode, place.CountryCode3, place.FeatureCode));
        Assert.InRange(place.Lat, lat - 0.05, lat + 0.05);
        Assert.InRange(place.Lon, lon - 0.05, lon + 0.05);
    }
}
