using Dateline.Knowledge;

namespace Dateline.Tests.Knowledge;

public class DictionaryConfigReaderTest
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "config-folder");

    [Fact]
    public void KindsAreListedInOrderWithPathsRelativeToTheFile()
    {
        var result = DictionaryConfigReader.Read("# mine\nactors = a.txt\nactors = b.txt # later\nagents=c.txt\n\nbuiltin = no\n", Path.Combine(Folder, "my.cfg"));
        Assert.True(result.IsClean);
        Assert.Equal([Path.Combine(Folder, "a.txt"), Path.Combine(Folder, "b.txt")], result.Dictionary.Actors);
        Assert.Equal([Path.Combine(Folder, "c.txt")], result.Dictionary.Agents);
        Assert.False(result.Dictionary.IncludeBuiltIns);
    }

    [Fact]
    public void BadLinesAreReportedWithTheirLineNumbers()
    {
        var result = DictionaryConfigReader.Read("actors = a.txt\nactors\nbuiltin = maybe\nverbs =\n", "my.cfg");
        Assert.Equal([2, 3, 4], result.Errors.Select(e => e.Line));
        Assert.All(result.Errors, e => Assert.Equal("my.cfg", e.File));
    }

    [Fact]
    public void CommandLineFilesComeAfterTheConfigFilesAndEitherCanDropTheBuiltIns()
    {
        var config = new DictionarySources { Actors = ["a.txt"] };
        var line = new DictionarySources { Actors = ["b.txt"], IncludeBuiltIns = false };
        var both = config.Plus(line);
        Assert.Equal(["a.txt", "b.txt"], both.Actors);
        Assert.False(both.IncludeBuiltIns);
    }
}
