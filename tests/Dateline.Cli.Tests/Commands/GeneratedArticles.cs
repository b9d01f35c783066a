namespace Dateline.Cli.Tests.Commands;

/// <summary>Small made-up news articles, different for every number, for ingest and crash tests.</summary>
internal static class GeneratedArticles
{
    private static readonly string[] Cities = ["Tallinn", "Porto", "Gdansk", "Lyon", "Valencia", "Bergen", "Turku", "Graz", "Brno", "Cork"];
    private static readonly string[] Bodies = ["the city council", "the port authority", "the regional government", "the transport ministry", "the water board"];
    private static readonly string[] Subjects = ["a new tram line", "repairs to the harbour wall", "a ban on night flights", "cheaper bus tickets", "a flood barrier"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"];

    public static string Text(int n)
    {
        var city = Cities[n % Cities.Length];
        var body = Bodies[n / 10 % Bodies.Length];
        var subject = Subjects[n / 50 % Subjects.Length];
        var month = Months[n / 250 % Months.Length];
        return $"{city} officials said on Tuesday that {body} had approved {subject} after a vote of {n % 97 + 3} to {n % 13}.\n\n" +
            $"The plan, which will cost {n + 120} million euros, is due to start on {month} {n % 27 + 1}. " +
            $"Mayor Anna Lindqvist said residents had waited {n % 9 + 2} years for the decision. Reference {n}.";
    }
}
