namespace Dateline.Tests.Storage;

/// <summary>Hand-written articles for the store tests: one story, a wire copy of it, and unrelated stories.</summary>
internal static class StoreSamples
{
    public const string ShellingText =
        "Russian forces shelled the outskirts of Kharkiv on Monday, regional officials said. " +
        "\"We will rebuild every school that was hit,\" said Mayor Olena Brovko. " +
        "The Kremlin said the talks in Minsk would resume on March 3. " +
        "Residents of the eastern districts spent the night in metro stations while sirens sounded across the city.";

    /// <summary>The shelling story as it reaches the store from one outlet.</summary>
    public static string Shelling(string source = "Wire One", string? url = "https://wire.example/kharkiv", string published = "2022-03-01") =>
        ShellingBuilder(ShellingText).Meta(url, "Kharkiv outskirts shelled", published, source).Build();

    /// <summary>The same story reprinted: another headline, a byline line added, the last sentence trimmed.</summary>
    public static string ShellingReprint(string source, string url, string published = "2022-03-02")
    {
        var text = "By Staff Reporter\n\n" + ShellingText[..ShellingText.IndexOf(" Residents", StringComparison.Ordinal)];
        return ShellingBuilder(text).Meta(url, "City hit again as shelling resumes", published, source).Build();
    }

    public static AnalysisJsonBuilder ShellingBuilder(string text) => new AnalysisJsonBuilder(text)
        .Entity("e1", "GROUP", "Russian", "Russian")
        .Entity("e2", "LOCATION", "Kharkiv", "Kharkiv")
        .Entity("e3", "PERSON", "Olena Brovko", "Olena Brovko")
        .Entity("e4", "ORGANIZATION", "the Kremlin", "Kremlin")
        .Time("Monday", "2022-02-28")
        .Event("ev1", "195", 4, -10, ("RUSMIL", "e1", "Russian forces"), ("UKR", "e2", "Kharkiv"),
            "Russian forces shelled the outskirts", date: "2022-02-28", place: "Kharkiv", country: "UA", plover: "ASSAULT")
        .Event("ev2", "036", 1, 4, ("RUSGOV", "e4", "Kremlin"), null, "the talks in Minsk would resume", date: "2022-03-03")
        .Quote("q1", "We will rebuild every school that was hit", "said", "Mayor Olena Brovko", "e3")
        .Claim("c1", "The Kremlin", "036", "the talks in Minsk would resume on March 3", "2022-03-03", "March 3");

    public const string HarvestText =
        "Farmers in the southern plains began the wheat harvest two weeks early after an unusually dry spring. " +
        "Grain traders expect prices to stay high through the autumn as export routes remain uncertain. " +
        "The agriculture ministry said storage capacity had been expanded at three river ports.";

    public static string Harvest(string source = "Farm Daily") => new AnalysisJsonBuilder(HarvestText)
        .Entity("e1", "ORGANIZATION", "agriculture ministry", "agriculture ministry")
        .Meta("https://farm.example/harvest", "Harvest starts early", "2022-03-01", source)
        .Build();

    /// <summary>An article analyzed without the events, quotes and claims stages.</summary>
    public static string WithoutLaterLayers() => new AnalysisJsonBuilder(HarvestText + " Rail freight rates rose by a third.")
        .Meta(null, "Freight", "2022-03-05", "Farm Daily")
        .Build();
}
