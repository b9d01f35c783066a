using Dateline.Text;

namespace Dateline.Tests.Text;

public sealed class TokenizerTest
{
    private static readonly Tokenizer Tokenizer = new(SegmentationLexicon.Default);

    private static TokenBuffer Run(string text)
    {
        var buffer = new TokenBuffer();
        Tokenizer.Tokenize(text, buffer);
        return buffer;
    }

    private static string[] Tokens(string text)
    {
        var buffer = Run(text);
        return [.. buffer.Tokens.Select(t => text[t.Start..t.End])];
    }

    [Theory]
    [InlineData("Ukraine's army moved.", "Ukraine|'s|army|moved|.")]
    [InlineData("They don't know.", "They|do|n't|know|.")]
    [InlineData("I'm sure you're right and they'll see it.", "I|'m|sure|you|'re|right|and|they|'ll|see|it|.")]
    [InlineData("We cannot wait.", "We|can|not|wait|.")]
    [InlineData("You're gonna win.", "You|'re|gon|na|win|.")]
    [InlineData("It can't last and won't.", "It|ca|n't|last|and|wo|n't|.")]
    [InlineData("the soldiers' families", "the|soldiers|'|families")]
    public void ClitcsAndPossessivesAreSplitOffAsInEwt(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void SplitClitcsAreMarkedAsPartOfTheSameSurfaceToken()
    {
        var buffer = Run("Kyiv's mayor didn't go.");

        var joined = Enumerable.Range(0, buffer.Count).Where(i => (buffer.Flags[i] & TokenFlags.JoinedToPrevious) != 0).ToList();

        Assert.Equal([1, 4], joined);
    }

    [Fact]
    public void CurlyApostrophesKeepTheirTextAndGetAStraightForm()
    {
        const string text = "Kyiv\u2019s mayor won\u2019t go.";
        var buffer = Run(text);

        Assert.Equal(["Kyiv", "\u2019s", "mayor", "wo", "n\u2019t", "go", "."], buffer.Tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal("'s", buffer.Tokens[1].Form);
        Assert.Equal("n't", buffer.Tokens[4].Form);
        Assert.Null(buffer.Tokens[0].Form);
    }

    [Theory]
    [InlineData("The U.S. and U.K. sent aid.", "The|U.S.|and|U.K.|sent|aid|.")]
    [InlineData("Talks in Feb. with Mr. Ray and Gen. Odo ended.", "Talks|in|Feb.|with|Mr.|Ray|and|Gen.|Odo|ended|.")]
    [InlineData("Ray Jr. of Acme Inc. left at 9 a.m. sharp.", "Ray|Jr.|of|Acme|Inc.|left|at|9|a.m.|sharp|.")]
    [InlineData("J. R. R. Tolkien wrote it.", "J.|R.|R.|Tolkien|wrote|it|.")]
    [InlineData("Room No. 5 said no.", "Room|No.|5|said|no|.")]
    public void AbbreviationsAndInitialsKeepTheirPeriod(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("It grew 3.5 percent.", "It|grew|3.5|percent|.")]
    [InlineData("Some 1,000,000 people and 1,00,000 rupees.", "Some|1,000,000|people|and|1,00,000|rupees|.")]
    [InlineData("Turnout was 60%, up from $5 in 2019.", "Turnout|was|60|%|,|up|from|$|5|in|2019|.")]
    [InlineData("They met at 10:30 on the 21st floor.", "They|met|at|10:30|on|the|21st|floor|.")]
    [InlineData("Call 713-853-3989 about the 1990-1995 data.", "Call|713-853-3989|about|the|1990|-|1995|data|.")]
    [InlineData("It happened on 9/11 and 3/8/00 too.", "It|happened|on|9/11|and|3/8/00|too|.")]
    [InlineData("Back in the '90s it was -5 degrees.", "Back|in|the|'90s|it|was|-5|degrees|.")]
    [InlineData("Doors open at 5pm and close at 7:30PM.", "Doors|open|at|5|pm|and|close|at|7:30|PM|.")]
    [InlineData("They ranked #1 in polls.", "They|ranked|#|1|in|polls|.")]
    public void NumbersTimesAndOrdinalsStayWhole(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("a well-known search-engine", "a|well|-|known|search|-|engine")]
    [InlineData("an e-mail about non-stop co-workers", "an|e-mail|about|non-stop|co-workers")]
    [InlineData("the pre-war and anti-war camps", "the|pre-war|and|anti-war|camps")]
    [InlineData("tea and/or coffee w/o sugar", "tea|and|/|or|coffee|w/o|sugar")]
    public void HyphensAndSlashesFollowEwt(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("See https://example.org/a?b=1. Then rest.", "See|https://example.org/a?b=1|.|Then|rest|.")]
    [InlineData("(www.example.com)", "(|www.example.com|)")]
    [InlineData("Mail desk.news@example.com now.", "Mail|desk.news@example.com|now|.")]
    [InlineData("Ask @news_desk about #Elections2024 today", "Ask|@news_desk|about|#Elections2024|today")]
    [InlineData("Great game :) but sad :-( now ;)", "Great|game|:)|but|sad|:-(|now|;)")]
    [InlineData("Profit & Loss for P&L teams", "Profit|&|Loss|for|P&L|teams")]
    public void UrlsEmailsHandlesHashtagsAndEmoticonsStayWhole(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("Really?! Wait... no -- stop!!", "Really|?!|Wait|...|no|--|stop|!!")]
    [InlineData("\"We will go,\" she said (quietly).", "\"|We|will|go|,|\"|she|said|(|quietly|)|.")]
    [InlineData("the 'specific dates' claim", "the|'|specific|dates|'|claim")]
    [InlineData("it was \u2018\u2018odd\u2019\u2019 indeed", "it|was|\u2018\u2018|odd|\u2019\u2019|indeed")]
    [InlineData("\u201cYes,\u201d he said\u2026", "\u201c|Yes|,|\u201d|he|said|\u2026")]
    public void PunctuationIsSplitOffAndRunsStayTogether(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void TokensAreCharacterSpansIntoTheText()
    {
        const string text = "  Two  words\n";
        var buffer = Run(text);

        Assert.Equal([(2, 5), (7, 12)], buffer.Tokens.Select(t => (t.Start, t.End)));
    }
}
