using Dateline.Events.Cameo;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Events.Cameo;

public class BuiltInDiscardsTest
{
    [Fact]
    public void TheBuiltInDiscardFileLoadsWithoutErrors()
    {
        var result = BuiltInDiscards.Read();
        Assert.True(result.IsClean, string.Join("; ", result.Errors));
        Assert.NotEmpty(result.Dictionary.Entries);
    }

    [Fact]
    public void ASportsSentenceIsDiscardedAndAPoliticalOneIsNot()
    {
        var discards = BuiltInDiscards.Load();
        Assert.True(FirstMatch(discards, "Spain beat Italy in the World Cup semi-final on Sunday"));
        Assert.False(FirstMatch(discards, "Spain condemned the attack on the embassy in Rome"));
    }

    [Fact]
    public void DiscardsAreSentenceLevelOnly()
    {
        Assert.All(BuiltInDiscards.Load().Entries, e => Assert.Equal(DiscardScope.Sentence, e.Scope));
    }

    private static bool FirstMatch(DiscardList discards, string sentence)
    {
        var tokens = sentence.Split(' ');
        for (var i = 0; i < tokens.Length; i++)
        {
            if (discards.MatchLongest(tokens, i, out _) > 0) return true;
        }
        return false;
    }
}
