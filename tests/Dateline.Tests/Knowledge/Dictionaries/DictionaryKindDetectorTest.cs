using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Dictionaries;

public class DictionaryKindDetectorTest
{
    [Theory]
    [InlineData("Phoenix.Countries.actors.txt", DictionaryKind.Actors)]
    [InlineData("PETR_Validate_verbs_2_02.txt", DictionaryKind.Verbs)]
    [InlineData("Phoenix.agents.txt", DictionaryKind.Agents)]
    [InlineData("Phoenix.IssueCoding.txt", DictionaryKind.Issues)]
    [InlineData("Phoenix.discards.txt", DictionaryKind.Discards)]
    public void TheFileNameTellsTheKind(string name, DictionaryKind kind) => Assert.Equal(kind, DictionaryKindDetector.Detect(name, ""));

    [Theory]
    [InlineData("--- SAIL [042] ---\nSAIL\n- * HOME [043]\n", DictionaryKind.Verbs)]
    [InlineData("HARBOUR_MASTER [~GOV]\nPILOT [~TRN]\n", DictionaryKind.Agents)]
    [InlineData("NORTHLAND [NTH]\n+NORTHLANDIC\n", DictionaryKind.Actors)]
    [InlineData("<ISSUE CATEGORY=\"X\">\nflood [FLOOD]\n</ISSUE>\n", DictionaryKind.Issues)]
    [InlineData("CRICKET\n+REGATTA\n", DictionaryKind.Discards)]
    public void OtherwiseTheContentTellsIt(string text, DictionaryKind kind) => Assert.Equal(kind, DictionaryKindDetector.Detect("newdict.txt", text));
}
