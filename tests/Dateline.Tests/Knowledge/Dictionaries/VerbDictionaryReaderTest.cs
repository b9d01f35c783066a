using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Dictionaries;

public partial class VerbDictionaryReaderTest
{
    private const string Snippet = """
        ####### SYNONYM SETS #######
        &VESSEL
        +FERRY
        +CARGO_SHIP
        +BARGES

        &HELPVERB_
        +WILL
        +IS_TO

        --- MOOR [---] ---
        MOOR
        DOCK [043]
        SAIL {SAILS SAILED SAILING}  ;tabari 1/2/93
        +TIE_UP {+TIES_UP +TIED_UP +TYING_UP}
        RE_+ROUTE
        - * &VESSEL (AT +)             [043]   # DOCK
        - $ * {PASSENGER FERRY} (TO +) [061:062]
        - % * JOINT_PATROL            [042]
        - ^ $ * + ^ HARBOUR_            [---]
        ~ a (a b MOOR) SAY = a b 043
        """;

    private static VerbDictionary Read()
    {
        var result = VerbDictionaryReader.Read(Snippet, "x.verbs.txt");
        Assert.Empty(result.Errors);
        return result.Dictionary;
    }

    [Fact]
    public void SynsetsKeepMembersAndAddPluralsUnlessMarkedOtherwise()
    {
        var verbs = Read();
        var vessel = verbs.FindSynset("&VESSEL")!;
        Assert.Equal(3, vessel.Members.Count);
        Assert.Contains(vessel.Phrases, p => p.SequenceEqual(["FERRIES"]));
        Assert.Contains(vessel.Phrases, p => p.SequenceEqual(["CARGO", "SHIPS"]));
        Assert.DoesNotContain(vessel.Phrases, p => p.SequenceEqual(["BARGESS"]));
        var help = verbs.FindSynset("&HELPVERB")!;
        Assert.True(help.NoPlurals);
        Assert.Equal(2, help.Phrases.Count);
        Assert.Equal(["IS", "TO"], help.Members[1]);
    }

    [Fact]
    public void VerbsTakeTheBlockCodeUnlessTheyHaveTheirOwn()
    {
        var verbs = Read();
        var block = Assert.Single(verbs.Blocks);
        Assert.Equal("MOOR", block.Name);
        Assert.True(block.Code.IsNone);
        Assert.Equal(5, block.Verbs.Count);
        Assert.True(verbs.FindByLemma("moor").Single().Code.IsNone);
        var dock = verbs.FindByLemma("DOCK").Single();
        Assert.True(dock.HasOwnCode);
        Assert.Equal("043", dock.Code.Primary);
    }

    [Fact]
    public void RegularFormsAreGeneratedAndBracedFormsReplaceThem()
    {
        var verbs = Read();
        Assert.Equal("MOOR", verbs.FindByForm("MOORED").Single().Lemma);
        Assert.Equal("MOOR", verbs.FindByForm("mooring").Single().Lemma);
        Assert.Equal("DOCK", verbs.FindByForm("DOCKS").Single().Lemma);
        var sail = verbs.FindByLemma("SAIL").Single();
        Assert.Equal(["SAIL", "SAILS", "SAILED", "SAILING"], sail.Forms.Select(f => f.Verb));
    }

    [Fact]
    public void MultiWordVerbsMarkTheVerbWordWithPlus()
    {
        var verbs = Read();
        var tie = verbs.FindByForm("TIED").Single();
        Assert.Equal(["TIE", "UP"], tie.Primary.Words);
        Assert.Equal(0, tie.Primary.VerbIndex);
        Assert.Equal(["TIED", "UP"], tie.Forms[2].Words);
        var reroute = verbs.FindByForm("ROUTED").Single();
        Assert.Equal(1, reroute.Primary.VerbIndex);
        Assert.Equal(["RE", "ROUTED"], reroute.Forms[2].Words);
    }

    [Fact]
    public void PatternsParseIntoElementsAroundTheVerb()
    {
        var verbs = Read();
        var patterns = verbs.PatternsFor(verbs.FindByLemma("SAIL").Single());
        Assert.Equal(4, patterns.Count);

        var first = patterns[0];
        Assert.Equal("DOCK", first.Comment);
        Assert.Equal(0, first.VerbIndex);
        Assert.Equal(PatternElementKind.Synset, first.Elements[1].Kind);
        Assert.Equal("&VESSEL", first.Elements[1].Text);
        var at = first.Elements[2];
        Assert.Equal(PatternElementKind.PrepositionalPhrase, at.Kind);
        Assert.Equal([PatternElementKind.Word, PatternElementKind.Target], at.Children.Select(c => c.Kind));

        var second = patterns[1];
        Assert.Equal(PatternElementKind.Source, second.Elements[0].Kind);
        Assert.Equal(PatternElementKind.NounPhrase, second.Elements[2].Kind);
        Assert.Equal(["PASSENGER", "FERRY"], second.Elements[2].Children.Select(c => c.Text));
        Assert.Equal("061", second.Code.Primary);
        Assert.Equal("062", second.Code.Secondary);
    }

    [Fact]
    public void CompoundSkipAndUnderscoreJoinsAreKept()
    {
        var patterns = Read().Blocks[0].Patterns;
        Assert.True(patterns[2].IsCompound);
        Assert.True(patterns[2].Elements[2].JoinedToNext);
        Assert.Equal("- % * JOINT_PATROL [042]", patterns[2].ToString());
        var skip = patterns[3];
        Assert.Equal(
            [PatternElementKind.Skip, PatternElementKind.Source, PatternElementKind.Verb, PatternElementKind.Target, PatternElementKind.Skip, PatternElementKind.Word],
            skip.Elements.Select(e => e.Kind));
        Assert.False(skip.Elements[5].JoinedToNext);
        Assert.True(skip.Code.IsNone);
    }

    [Fact]
    public void TransformationsKeepBothSides()
    {
        var transformation = Assert.Single(Read().Transformations);
        Assert.Equal("a (a b MOOR) SAY", transformation.Pattern);
        Assert.Equal("a b 043", transformation.Result);
    }

    [Fact]
    public void AtSignStartsACommentInsideAPattern()
    {
        var result = VerbDictionaryReader.Read("--- SAIL [042] ---\nSAIL\n- * PORT @ from the old KEDS file [043]\n", "x.verbs.txt");
        Assert.Empty(result.Errors);
        var pattern = Assert.Single(result.Dictionary.Blocks[0].Patterns);
        Assert.Equal([PatternElementKind.Verb, PatternElementKind.Word], pattern.Elements.Select(e => e.Kind));
        Assert.Equal("043", pattern.Code.Text);
    }

    [Fact]
    public void MalformedPatternsAndVerbsAreReportedAndSkipped()
    {
        const string text = """
            - * EARLY [010]
            --- SAIL [042] ---
            - * (TO + [043]
            - $ HARBOUR [044]
            - * * [045]
            - * &UNDEFINED [046]
            - * PORT
            HARBOUR_MASTER
            """;
        var result = VerbDictionaryReader.Read(text, "x.verbs.txt");
        Assert.Equal(
        [
            "x.verbs.txt:1: pattern before any '--- NAME [code] ---' block header; skipped",
            "x.verbs.txt:3: '(' is never closed in pattern; skipped",
            "x.verbs.txt:4: pattern has no '*' (the verb); skipped",
            "x.verbs.txt:5: pattern must have exactly one '*', outside any group; skipped",
            "x.verbs.txt:7: pattern has no [code]; skipped",
            "x.verbs.txt:8: multi-word verb 'HARBOUR_MASTER' needs '+' before the verb word; skipped",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Equal(["x.verbs.txt:6: synset &UNDEFINED is not defined in the file; pattern skipped, as PETRARCH skips it"], result.Warnings.Select(e => e.ToString()));
        Assert.Equal(0, result.Dictionary.PatternCount);
    }
}
