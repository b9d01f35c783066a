namespace Dateline.Tests.Text;

/// <summary>
/// The reference article (read from ../shared/samples at test time) is split as a person would split it:
/// the dateline <c>Moscow/ Kyiv | Jagran News Desk:</c> as a segment of its own, fourteen sentences in the
/// body (the first one after the dateline; the quotation of the fourth paragraph holds four), and the
/// byline line <c>Posted By: ...</c> as a segment of its own.
/// </summary>
public sealed class ReferenceArticleSegmentationTest
{
    private static Segmented Article() => Segmented.Of(File.ReadAllText(Support.TestData.RequireReferenceArticle()));

    [SkippableFact]
    public void TheArticleHasADatelineFourteenBodySentencesAndAByline()
    {
        var sentences = Article().Sentences;

        Assert.Equal(16, sentences.Count);
        Assert.Equal("Moscow/ Kyiv | Jagran News Desk:", sentences[0]);
        Assert.StartsWith("Posted By:", sentences[^1]);
        Assert.DoesNotContain('\n', sentences[^1]);
    }

    [SkippableTheory]
    [InlineData("The Kremlin on Tuesday", "and Russia.")]
    [InlineData("\"Units of the Southern", "as saying.")]
    [InlineData("Russia has deployed", "invasion.")]
    [InlineData("On Monday, Ukraine President", "start its invasion.")]
    [InlineData("\"They tell us", "day of the attack.")]
    [InlineData("We will make it", "day of unity.")]
    [InlineData("They are trying to frighten", "military action.")]
    [InlineData("On that day, we will hang", "address to the nation.")]
    [InlineData("However, Ukraine's top officials", "Russian invasion.")]
    [InlineData("\"It is quite understandable", "told Reuters.")]
    [InlineData("Russia so far has claimed", "invade Ukraine.")]
    [InlineData("However, it wants legal", "the military bloc.")]
    [InlineData("However, Western countries", "to form alliances.")]
    [InlineData("They have also warned", "invades Ukraine.")]
    public void EachBodySentenceRunsFromItsFirstWordsToItsLastWords(string start, string end)
    {
        var sentences = Article().Sentences;
        var opening = sentences.Where(s => s.StartsWith(start, StringComparison.Ordinal)).ToList();

        Assert.Single(opening);
        Assert.EndsWith(end, opening[0], StringComparison.Ordinal);
    }
}
