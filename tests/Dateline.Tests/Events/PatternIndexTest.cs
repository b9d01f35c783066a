using Dateline.Events;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Events;

public class PatternIndexTest
{
    private const string Verbs = """
        --- SIGN [057] ---
        SIGN
        - * TREATY [057]
        - * ACCORD [057]
        - * (WITH +) [057]
        - * PACT [057]
        - * LAW [057]
        - * + [057]
        - * DEAL [057]
        - * TRUCE [057]
        - * MEMORANDUM [057]
        """;

    [Fact]
    public void A_large_block_offers_its_wordless_patterns_and_those_whose_word_is_in_the_sentence_in_file_order()
    {
        var verbs = VerbDictionaryReader.Read(Verbs, "verbs.txt").Dictionary;
        var index = new PatternIndex(verbs);
        var patterns = verbs.Blocks[0].Patterns;
        var into = new List<int>();
        index.Candidates(patterns, new HashSet<string>(StringComparer.Ordinal) { "RUSSIA", "SIGNED", "SIGN", "DEAL", "WITH" }, into);
        Assert.Equal([2, 5, 6], into);
    }

    [Fact]
    public void A_small_block_offers_all_its_patterns()
    {
        var verbs = VerbDictionaryReader.Read("--- SIGN [057] ---\nSIGN\n- * TREATY [057]\n- * PACT [057]\n", "verbs.txt").Dictionary;
        var into = new List<int>();
        new PatternIndex(verbs).Candidates(verbs.Blocks[0].Patterns, new HashSet<string>(StringComparer.Ordinal), into);
        Assert.Equal([0, 1], into);
    }
}
