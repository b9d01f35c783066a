using Dateline.Extraction.Times;
using static Dateline.Tests.Extraction.Times.TimeTestDocuments;

namespace Dateline.Tests.Extraction.Times;

/// <summary>Spoken and phrasal clock times, against a report dated Tuesday 2022-02-15.</summary>
public sealed class TimeGrammarClockTest
{
    [Theory]
    [InlineData("Polls open at seven thirty pm in the capital.", "seven thirty pm", "2022-02-15T19:30")]
    [InlineData("The vote closes at half past eight tonight.", "half past eight tonight", "2022-02-15T20:30")]
    [InlineData("The curfew starts at a quarter to 8 in the evening.", "a quarter to 8 in the evening", "2022-02-15T19:45")]
    [InlineData("The train left at 7:56:30 pm from the station.", "7:56:30 pm", "2022-02-15T19:56:30")]
    [InlineData("The count resumed at 7 o'clock.", "7 o'clock", "2022-02-15T07:00")]
    [InlineData("Crowds had gathered by mid-morning.", "mid-morning", "2022-02-15T10:00")]
    [InlineData("The ministers meet tomorrow morning at 7.", "tomorrow morning at 7", "2022-02-16T07:00")]
    [InlineData("The statement came at 1140 a.m. local time.", "1140 a.m.", "2022-02-15T11:40")]
    public void SpokenClockTimesNormalize(string text, string span, string value) =>
        Assert.Equal(value, ValueOf(text, span));

    [Fact]
    public void ABareHourAfterAtIsATimeOnlyAtTheEndOfTheClause()
    {
        Assert.Equal("2022-02-15T07:00", ValueOf("The doors open at 7.", "7"));
        const string price = "Shares closed at 7 euros a piece.";
        Assert.Empty(Recognize(price, "2022-02-15"));
    }

    [Fact]
    public void NumbersJoinedByToAreNoClockTime()
    {
        const string text = "Prices rose from 3 to 5 percent.";
        Assert.Empty(Recognize(text, "2022-02-15"));
    }

    [Theory]
    [InlineData("The ferry leaves at 9am every Sunday.", "9am every Sunday", "XXXX-WXX-7T09:00")]
    [InlineData("Guards patrol every night at 9.", "every night at 9", "XXXX-XX-XXT21:00")]
    [InlineData("The market opens 8am each day.", "8am each day", "XXXX-XX-XXT08:00")]
    public void ASetTakesItsTimeOfDay(string text, string span, string value)
    {
        var t = Find(text, Recognize(text, "2022-02-15"), span);
        Assert.Equal(TimeType.Set, t.Type);
        Assert.Equal(value, t.Value);
    }
}
