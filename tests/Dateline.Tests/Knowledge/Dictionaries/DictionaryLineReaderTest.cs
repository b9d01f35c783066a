using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Dictionaries;

public class DictionaryLineReaderTest
{
    private static List<(int Number, string Content, string Comment)> Lines(string text)
    {
        var lines = new List<(int, string, string)>();
        var reader = new DictionaryLineReader(text);
        while (reader.TryRead(out var line)) lines.Add((line.Number, line.Content.ToString(), line.Comment.ToString()));
        return lines;
    }

    [Fact]
    public void HashCommentsBlankLinesAndXmlCommentsAreSkippedWithLineNumbersKept()
    {
        var lines = Lines("# header\r\n\r\nFIRST  # note\n<!-- one -->\nSECOND <!-- inline --> TAIL\n<!-- open\nstill comment\nend --> THIRD\n<!DOCTYPE skipped>\n   \nLAST");
        Assert.Equal(
        [
            (3, "FIRST", "note"),
            (5, "SECOND   TAIL", ""),
            (8, "THIRD", ""),
            (11, "LAST", ""),
        ], lines);
    }

    [Fact]
    public void AnUnclosedCommentIsVisibleAtTheEnd()
    {
        var reader = new DictionaryLineReader("A\n<!-- never closed\nB\n");
        Assert.True(reader.TryRead(out _));
        Assert.False(reader.TryRead(out _));
        Assert.True(reader.InBlockComment);
        Assert.Equal(3, reader.LinesRead);
    }
}
