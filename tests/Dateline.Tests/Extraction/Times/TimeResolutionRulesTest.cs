using Dateline.Extraction.Times;
using static Dateline.Tests.Extraction.Times.TimeTestDocuments;

namespace Dateline.Tests.Extraction.Times;

/// <summary>The normalization rules that need a reference date: weekdays by tense, New Year, ISO weeks, no date, quotes.</summary>
public sealed class TimeResolutionRulesTest
{
    private static readonly Dictionary<string, string> Tags = new()
    {
        ["met"] = "VBD", ["said"] = "VBD", ["will"] = "MD", ["meet"] = "VB", ["meets"] = "VBZ", ["had"] = "VBD", ["spoke"] = "VBD",
    };

    [Fact]
    public void APastWeekdayInAPastTenseClauseIsTheOneBefore()
    {
        const string text = "The envoys met on Thursday in Vienna.";
        Assert.Equal("2022-02-10", ValueOf(text, "Thursday", xpos: Tags));
    }

    [Fact]
    public void AWeekdayInAFutureClauseIsTheComingOne()
    {
        const string text = "The envoys will meet on Thursday in Vienna.";
        Assert.Equal("2022-02-17", ValueOf(text, "Thursday", xpos: Tags));
    }

    [Fact]
    public void AWeekdayWithoutTenseIsTheNearerOne()
    {
        const string text = "Envoys to gather on Thursday and Monday, officials say.";
        var times = Recognize(text, "2022-02-15", Tags);
        Assert.Equal("2022-02-17", Find(text, times, "Thursday").Value);
        Assert.Equal("2022-02-14", Find(text, times, "Monday").Value);
    }

    [Fact]
    public void TheReportDaysOwnWeekdayIsThatDay()
    {
        const string text = "The envoys met on Tuesday in Vienna.";
        Assert.Equal("2022-02-15", ValueOf(text, "Tuesday", xpos: Tags));
    }

    [Fact]
    public void WithoutTagsTheTenseComesFromAWordList()
    {
        const string text = "The envoys met on Thursday in Vienna.";
        Assert.Equal("2022-02-10", ValueOf(text, "Thursday"));
    }

    [Fact]
    public void ADateWithoutYearRollsOverNewYear()
    {
        Assert.Equal("2021-12-28", ValueOf("The ferry sank on December 28 off the coast.", "December 28", "2022-01-03"));
        Assert.Equal("2023-01-04", ValueOf("The ferry sails on January 4 from the coast.", "January 4", "2022-12-29"));
    }

    [Fact]
    public void WeeksAreIsoWeeksAcrossTheYearEnd()
    {
        Assert.Equal("2021-W52", ValueOf("Prices fell last week in the city.", "last week", "2022-01-03"));
        Assert.Equal("2020-W53", ValueOf("Prices fell this week in the city.", "this week", "2021-01-01"));
    }

    [Fact]
    public void WithoutAPublicationDateRelativeValuesStayUnresolvedAndUnanchored()
    {
        const string text = "The envoys met on Thursday and again yesterday, after talks on February 16 and in 2014.";
        var times = Recognize(text, null);
        var thursday = Find(text, times, "Thursday");
        Assert.Equal("XXXX-WXX-4", thursday.Value);
        Assert.False(thursday.Anchored);
        Assert.Null(thursday.Anchor);
        Assert.Equal("XXXX-XX-XX", Find(text, times, "yesterday").Value);
        Assert.Equal("XXXX-02-16", Find(text, times, "February 16").Value);
        var year = Find(text, times, "2014");
        Assert.Equal("2014", year.Value);
        Assert.True(year.Anchored);
    }

    [Fact]
    public void InsideAQuoteTheSpeechActDateIsTheReference()
    {
        const string text = "\u201CWe will hold talks tomorrow,\u201D the minister said on Monday. Talks are due tomorrow.";
        var times = Recognize(text, "2022-02-15", Tags);
        var inQuote = times.First(t => text[t.Start..t.End] == "tomorrow");
        var outside = times.Last(t => text[t.Start..t.End] == "tomorrow");
        Assert.Equal("2022-02-15", inQuote.Value);
        Assert.Equal(new DateOnly(2022, 2, 14), inQuote.Anchor);
        Assert.Equal("2022-02-16", outside.Value);
    }

    [Fact]
    public void AQuoteWithoutADatedAttributionUsesThePublicationDate()
    {
        const string text = "\u201CWe will hold talks tomorrow,\u201D the minister said.";
        Assert.Equal("2022-02-16", ValueOf(text, "tomorrow", xpos: Tags));
    }

    [Fact]
    public void AnAttributionBeforeTheQuoteAlsoGivesTheDate()
    {
        const string text = "The minister said on Monday: \u201CTalks start tomorrow.\u201D";
        var times = Recognize(text, "2022-02-15", Tags);
        Assert.Equal("2022-02-15", Find(text, times, "tomorrow").Value);
    }
}
