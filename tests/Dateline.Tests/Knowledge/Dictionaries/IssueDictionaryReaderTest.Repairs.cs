using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Dictionaries;

/// <summary>Odd but readable lines are read the way PETRARCH reads them (or as plainly intended) with a warning; unreadable ones stay errors.</summary>
public partial class IssueDictionaryReaderTest
{
    [Fact]
    public void IssueLinesAreReadAsPetrarchDoesWithWarnings()
    {
        const string Text = """
            <ISSUE CATEGORY="HARBOURS">
            harbour strike
            dock n:closure [PORTS]dock n:blockade [PORTS]
            pier fire [PORTS] [PORTS]
            crane collapse [PORTS] ~~~~
            </ISSUE>
            </ISSUE>
            """;
        var result = IssueDictionaryReader.Read(Text, "i.txt");
        Assert.Empty(result.Errors);
        Assert.Equal([2, 3, 4, 5, 7], result.Warnings.Select(w => w.Line));
        var issues = result.Dictionary;
        Assert.Null(issues.Find("harbour strike"));
        Assert.Equal("PORTS", issues.Find("dock closures")!.Code);
        Assert.Equal("PORTS", issues.Find("dock blockade")!.Code);
        Assert.Equal("PORTS", issues.Find("pier fire")!.Code);
        Assert.Equal("PORTS", issues.Find("crane collapse")!.Code);
    }
}
