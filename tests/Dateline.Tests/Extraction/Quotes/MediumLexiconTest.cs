using Dateline.Extraction.Quotes;

namespace Dateline.Tests.Extraction.Quotes;

public sealed class MediumLexiconTest
{
    [Theory]
    [InlineData("address", "video", null, QuoteMedium.VideoAddress)]
    [InlineData("statement", "a", null, QuoteMedium.Statement)]
    [InlineData("interview", "an", "with", QuoteMedium.Interview)]
    [InlineData("x", "on", null, QuoteMedium.SocialPost)]
    [InlineData("conference", "news", null, QuoteMedium.PressConference)]
    [InlineData("television", "on", null, QuoteMedium.Television)]
    public void ChannelWordsNameTheirMedium(string lemma, string? previous, string? next, QuoteMedium expected) =>
        Assert.Equal(expected, MediumLexicon.Of(lemma, previous, next));

    [Theory]
    [InlineData("address", "home", null)]
    [InlineData("x", "factor", null)]
    [InlineData("conference", "peace", null)]
    public void TheSameWordsInOtherUsesNameNone(string lemma, string? previous, string? next) =>
        Assert.Null(MediumLexicon.Of(lemma, previous, next));
}
