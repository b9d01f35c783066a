using Dateline.Tests.Storage;

namespace Dateline.Server.Tests.Support;

/// <summary>Hand-written analyzed articles (our own sentences) for the read endpoints.</summary>
internal static class Corpus
{
    public static string Shelling()
    {
        const string text = "Troops shelled Izium on Friday. The governor said \"We will rebuild every school\" after the attack. "
            + "Envoys of both sides praised the talks. Officials warned that forces would strike Kharkiv on March 6.";
        return new AnalysisJsonBuilder(text).Meta("https://example.org/izium", "Shelling of Izium", "2022-03-05", "Wire One")
            .Entity("e1", "PERSON", "the governor", "The governor")
            .Entity("e2", "LOCATION", "Izium", "Izium")
            .Event("ev1", "195", 4, -10, ("RUSMIL", null, "Troops"), ("UKR", "e2", "Izium"), "Troops shelled Izium", date: "2022-03-04",
                place: "Izium", country: "UA")
            .Event("ev2", "051", 1, 3.4, ("RUSGOV", null, "Envoys"), ("UKRGOV", null, "both sides"), "Envoys of both sides praised", date: "2022-03-04")
            .Event("ev3", "190", 4, -10, ("RUSMIL", null, "forces"), ("UKR", null, "Kharkiv"), "forces would strike Kharkiv", date: "2022-03-06")
            .Quote("q1", "We will rebuild every school", "said", "The governor", "e1")
            .Claim("c1", "Officials", "190", "forces would strike Kharkiv on March 6", "2022-03-06", "March 6")
            .Build();
    }

    /// <summary>A plain article with a title, to page through the article list.</summary>
    public static string Plain(int day) =>
        new AnalysisJsonBuilder($"Ministers met in the capital on day {day} to discuss grain exports.")
            .Meta($"https://example.org/grain-{day}", $"Grain talks {day}", $"2022-04-{day:00}", "Daily Two")
            .Build();
}
