using Dateline.Storage.Reading;

namespace Dateline.Tests.Storage;

/// <summary>What the dashboard reads: places of events and the busiest pairs of countries.</summary>
public abstract partial class ArticleStoreContract
{
    private const string Border = "Guns fired at Izium at dawn. Shells hit Izium again. Drones struck Kharkiv. Envoys met quietly. "
        + "Kyiv accused Moscow. Officers questioned their own commanders.";

    private static string BorderDay() => new AnalysisJsonBuilder(Border).Meta(null, "Border day", "2022-03-05", "Wire One")
        .Event("ev1", "190", 4, -10, ("RUSMIL", null, "Guns"), ("UKR", null, "Izium"), "Guns fired at Izium", date: "2022-03-05", place: "Izium", country: "UA")
        .Event("ev2", "195", 4, -10, ("RUSMIL", null, "Shells"), ("UKR", null, "Izium"), "Shells hit Izium", date: "2022-03-05", place: "Izium", country: "UA")
        .Event("ev3", "183", 4, -10, ("RUSMIL", null, "Drones"), ("UKR", null, "Kharkiv"), "Drones struck Kharkiv", date: "2022-03-05", place: "Kharkiv", country: "UA")
        .Event("ev4", "040", 1, 1, ("RUSGOV", null, "Envoys"), ("---CVL", null, "quietly"), "Envoys met quietly", date: "2022-03-05")
        .Event("ev5", "112", 3, -2, ("UKRGOV", null, "Kyiv"), ("RUSGOV", null, "Moscow"), "Kyiv accused Moscow", date: "2022-03-05")
        .Event("ev6", "111", 3, -2, ("RUSMIL", null, "Officers"), ("RUSGOV", null, "commanders"), "Officers questioned", date: "2022-03-05")
        .Build();

    [SkippableFact]
    public void PlacesCountTheLocatedEventsAtEachPlaceMostFirst()
    {
        Add(BorderDay());
        var places = Store.Places(new StoreQuery()).ToList();
        Assert.Equal([("Izium", 2L), ("Kharkiv", 1L)], places.Select(p => (p.Name!, p.Events)));
        Assert.Equal(("UA", 50.45, 30.52), (places[0].CountryCode, places[0].Lat, places[0].Lon));
        Assert.Equal(2, places[0].Mentions);
        Assert.Equal("Kharkiv", Store.Places(new StoreQuery { Cameo = "183" }).Single().Name);
        Assert.Single(Store.Places(new StoreQuery { Limit = 1 }));
    }

    [SkippableFact]
    public void DyadsPairTwoDifferentCountriesBusiestFirst()
    {
        Add(BorderDay());
        var dyads = Store.Dyads(new StoreQuery()).ToList();
        // RUSGOV -> ---CVL has no target country and RUSMIL -> RUSGOV stays inside one: neither is a dyad.
        Assert.Equal([("RUS:UKR", 3L), ("UKR:RUS", 1L)], dyads.Select(d => (d.Dyad, d.Events)));
        Assert.Equal("UKR:RUS", Store.Dyads(new StoreQuery { QuadClass = 3 }).Single().Dyad);
    }
}
