using Dateline.Documents;

namespace Dateline.Broker.Tests.Support;

/// <summary>Small made-up wire stories, different for every number (written for these tests).</summary>
internal static class TestArticles
{
    private static readonly string[] Towns = ["Arlen", "Brisk", "Corvale", "Dunmore", "Eastwick", "Farrow", "Glenhaven", "Harlow", "Ivesden", "Jorvik"];
    private static readonly string[] Groups = ["the farmers' union", "the teachers' association", "the rail workers", "the harbour pilots", "the nurses' federation"];
    private static readonly string[] Actions =
        ["met the labour minister", "protested outside parliament", "signed an agreement with the government", "rejected the pay offer", "called for talks with the employers"];

    public static string Text(int n)
    {
        var town = Towns[n % Towns.Length];
        return $"{town} ({n % 28 + 1} March) - Leaders of {Groups[n / 10 % Groups.Length]} {Actions[n / 50 % Actions.Length]} on Monday, a spokesman said.\n\n" +
            $"The group, which has {n * 7 + 300} members, said it would hold another meeting in {town} within {n % 6 + 2} weeks. " +
            $"Police said {n % 40 + 5} people were detained near the town hall. Item {n}.";
    }

    public static Document Document(int n) => new(Text(n), new ArticleMetadata
    {
        Id = "test-" + n,
        Title = "Story " + n,
        Published = new DateTimeOffset(2022, 3, 1, 0, 0, 0, TimeSpan.Zero),
        Origin = "test article " + n,
    });
}
