using Dateline.Documents;
using Dateline.Extraction.Quotes;
using Dateline.Tests.Support;

namespace Dateline.Tests.Extraction.Quotes;

/// <summary>The reference article, read from ../shared/samples at test time.</summary>
public sealed class ReferenceArticleQuotesTest
{
    internal static Document Analyze() =>
        AnalyzedDocuments.Of(File.ReadAllText(TestData.RequireReferenceArticle()), new DateOnly(2022, 2, 15));

    [SkippableFact]
    public void TheThreeDirectQuotesHaveTheirSpeakersOutletsAndMedium()
    {
        var d = Analyze();
        var direct = d.Get(QuoteLayers.Quotes).Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(3, direct.Count);
        Assert.Equal("a Russian defence ministry spokesman", d.Words(direct[0].Speaker?.Span));
        Assert.Equal("AFP", d.TextOf(Assert.Single(direct[0].Via).Span));
        Assert.StartsWith("Units of the Southern", d.TextOf(direct[0].Content));

        var zelenskiy = d.Get(Layers.Entities).Single(e => e.Name == "Volodymyr Zelenskiy");
        Assert.Equal(zelenskiy.Id, direct[1].Speaker?.Entity);
        Assert.Equal(QuoteMedium.VideoAddress, direct[1].Medium);
        Assert.StartsWith("They tell us", d.TextOf(direct[1].Content));
        Assert.EndsWith("our unity", d.TextOf(direct[1].Content));

        var podolyak = d.Get(Layers.Entities).Single(e => e.Name == "Mykhailo Podolyak");
        Assert.Equal(podolyak.Id, direct[2].Speaker?.Entity);
        Assert.Equal("Reuters", d.TextOf(Assert.Single(direct[2].Via).Span));
    }

    [SkippableFact]
    public void TheIndirectStatementsHaveTheirSpeakers()
    {
        var d = Analyze();
        var reported = d.Get(QuoteLayers.Quotes).Where(q => q.Kind != QuoteKind.Direct).ToList();
        string SpeakerOf(string contentStart) => d.Words(reported.Single(q => d.TextOf(q.Content).StartsWith(contentStart, StringComparison.Ordinal)).Speaker?.Span);
        Assert.Contains("Kremlin", SpeakerOf("some of its military personnel"), StringComparison.Ordinal);
        Assert.Equal("Ukraine's top officials", SpeakerOf("Zelenskiy's remarks were just"));
        Assert.Equal("Russia", SpeakerOf("it does not want to invade Ukraine"));
        Assert.Equal("Western countries", SpeakerOf("they cannot negotiate"));
        var mixed = reported.Single(q => d.TextOf(q.Content).StartsWith("Zelenskiy's remarks", StringComparison.Ordinal));
        Assert.Equal(QuoteKind.Mixed, mixed.Kind);
    }
}
