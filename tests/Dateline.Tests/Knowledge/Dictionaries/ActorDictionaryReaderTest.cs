using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Dictionaries;

public partial class ActorDictionaryReaderTest
{
    private const string Snippet = """
        # Invented actors for the reader tests
        NORTHLAND_  [NTH]
        +NORTHLANDIC_
        +REPUBLIC_OF_NORTHLAND
        OLGA_MARSH_  # head of state
        	[NTHELI 780101-000101]
        	[NTHGOV 000101-060315]
        	[NTHELI >060315]
        PAVEL_DORN
        	[NTHGOV <090120]
        	[NTHOPP > 090120]
        	[IGOUNO]
        <!-- a comment
             over two lines [XXX] -->
        HARBOUR_WATCH [NTHNGO]
        """;

    private static ActorDictionary Read() => ActorDictionaryReader.Read(Snippet, "test.actors.txt").Dictionary;

    [Fact]
    public void PrimaryNamesAndPlusSynonymsFindTheSameEntry()
    {
        var dictionary = Read();
        var entry = dictionary.Find("NORTHLAND");
        Assert.NotNull(entry);
        Assert.Same(entry, dictionary.Find("Republic of Northland"));
        Assert.Same(entry, dictionary.Find(["NORTHLANDIC"]));
        Assert.Equal("NTH", entry.CodeAt(new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void DateRangesUsePetrarchCenturyRuleAndAreHalfOpen()
    {
        var olga = Read().Find("OLGA MARSH")!;
        Assert.Equal(3, olga.Codes.Count);
        Assert.Equal(new DateOnly(1978, 1, 1), olga.Codes[0].From);
        Assert.Equal(new DateOnly(2000, 1, 1), olga.Codes[0].Until);
        Assert.Equal("NTHELI", olga.CodeAt(new DateOnly(1999, 12, 31)));
        Assert.Equal("NTHGOV", olga.CodeAt(new DateOnly(2000, 1, 1)));
        Assert.Equal("NTHGOV", olga.CodeAt(new DateOnly(2006, 3, 14)));
        Assert.Equal("NTHELI", olga.CodeAt(new DateOnly(2006, 3, 15)));
        Assert.Null(olga.CodeAt(new DateOnly(1970, 6, 1)));
    }

    [Fact]
    public void BeforeAndAfterRestrictionsSplitOnTheDateAndUndatedCodeIsTheFallback()
    {
        var pavel = Read().Find("PAVEL DORN")!;
        Assert.Equal("NTHGOV", pavel.CodeAt(new DateOnly(2009, 1, 19)));
        Assert.Equal("NTHOPP", pavel.CodeAt(new DateOnly(2009, 1, 20)));
        Assert.Equal(3, pavel.Codes.Count);
        Assert.False(pavel.Codes[2].IsDated);
    }

    [Fact]
    public void MultiLineCommentsAreSkippedAndReadingContinuesAfterThem()
    {
        var result = ActorDictionaryReader.Read(Snippet, "test.actors.txt");
        Assert.Empty(result.Errors);
        Assert.Equal(4, result.Dictionary.Entries.Count);
        Assert.Equal("NTHNGO", result.Dictionary.Find("HARBOUR WATCH")!.CodeAt(new DateOnly(2001, 1, 1)));
        Assert.Equal(15, result.LinesRead);
    }

    [Fact]
    public void LongestMatchPrefersTheLongerName()
    {
        var dictionary = Read();
        string[] tokens = ["the", "Republic", "of", "Northland", "said"];
        Assert.Equal(0, dictionary.MatchLongest(tokens, 0, out _));
        Assert.Equal(3, dictionary.MatchLongest(tokens, 1, out var entry));
        Assert.Equal("NORTHLAND", entry!.ToString());
    }

    [Fact]
    public void BadDatesAndOrphanLinesAreReportedWithFileAndLine()
    {
        const string text = "+ORPHAN_SYNONYM\nSOMEONE\n\t[ABCGOV 20041301-20061201]\n\t[ABCELI 99AB31]\nOTHER [ABC] trailing words\n";
        var result = ActorDictionaryReader.Read(text, "bad.actors.txt");
        Assert.Equal(
        [
            "bad.actors.txt:1: synonym line with no actor before it; skipped",
            "bad.actors.txt:3: code ABCGOV skipped: date '20041301' is not a calendar date",
            "bad.actors.txt:4: code ABCELI skipped: date '99AB31' is not all digits",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Equal(["bad.actors.txt:5: text after the code ignored: 'trailing words'"], result.Warnings.Select(e => e.ToString()));
        Assert.Empty(result.Dictionary.Find("SOMEONE")!.Codes);
        Assert.Equal("ABC", result.Dictionary.Find("OTHER")!.Codes.Single().Code);
    }
}
