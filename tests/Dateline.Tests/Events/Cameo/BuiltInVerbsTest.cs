using Dateline.Events.Cameo;
using Dateline.Knowledge.Dictionaries;
using Dateline.Tests.Support;

namespace Dateline.Tests.Events.Cameo;

public class BuiltInVerbsTest
{
    [Fact]
    public void EveryBuiltInFileLoadsWithoutErrorsThroughTheVerbReader()
    {
        var files = BuiltInVerbs.ReadFiles();
        Assert.True(files.Count >= 18, $"{files.Count} files");
        foreach (var (file, result) in files)
        {
            Assert.True(result.IsClean, file + ": " + string.Join("; ", result.Errors));
            Assert.NotEmpty(result.Dictionary.Blocks);
        }
    }

    [Fact]
    public void EveryBlockHasACommentedExampleAboveIt()
    {
        foreach (var file in CameoResources.VerbFiles())
        {
            var previous = "";
            var number = 0;
            foreach (var line in CameoResources.ReadText(file).Split('\n'))
            {
                number++;
                var text = line.TrimEnd('\r');
                if (text.StartsWith("---", StringComparison.Ordinal)) Assert.True(previous.StartsWith('#'), $"{file}:{number}: block without an example");
                if (text.Length > 0) previous = text;
            }
        }
    }

    [Fact]
    public void AllTwentyRootsAndAtLeastTwoHundredCodesAreCovered()
    {
        var codes = CodesUsed(BuiltInVerbs.Load());
        var roots = codes.Select(c => c[..2]).ToHashSet();
        for (var root = 1; root <= 20; root++) Assert.Contains(root.ToString("00", System.Globalization.CultureInfo.InvariantCulture), roots);
        Assert.True(codes.Count >= 200, $"{codes.Count} distinct codes");
    }

    [Fact]
    public void EveryCodeUsedIsInTheCameoCatalog()
    {
        var catalog = CameoCatalog.LoadBuiltIn();
        foreach (var code in CodesUsed(BuiltInVerbs.Load())) Assert.True(catalog.TryGet(code, out _), code);
    }

    [Fact]
    public void EachVerbFormBelongsToOneBlockOnly()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in BuiltInVerbs.Load().Blocks)
        {
            foreach (var verb in block.Verbs)
            {
                var key = verb.Primary.ToString();
                Assert.True(owners.TryAdd(key, block.Name), $"{key} is in {block.Name} and {owners.GetValueOrDefault(key)}");
            }
        }
    }

    [Fact]
    public void ASynsetDefinedInSeveralFilesHasTheSameMembersEverywhere()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var synset in BuiltInVerbs.Load().Synsets)
        {
            var members = string.Join('|', synset.Members.Select(m => string.Join(' ', m)));
            if (!seen.TryAdd(synset.Name, members)) Assert.Equal(seen[synset.Name], members);
        }
    }

    [Fact]
    public void MergingKeepsEachVerbWithThePatternsOfItsOwnFile()
    {
        var first = VerbDictionaryReader.Read("--- PRAISE [051] ---\nPRAISE\n- * + (FOR ^) [051]\n", "a.txt").Dictionary;
        var second = VerbDictionaryReader.Read("--- SCOLD [111] ---\nSCOLD\n- * + (OVER ^) [112]\n", "b.txt").Dictionary;
        var merged = BuiltInVerbs.Merge([first, second]);
        var scold = Assert.Single(merged.FindByLemma("scold"));
        Assert.Equal("112", Assert.Single(merged.PatternsFor(scold)).Code.Text);
        Assert.Equal("111", scold.Code.Text);
        Assert.Equal("051", Assert.Single(merged.PatternsFor(Assert.Single(merged.FindByLemma("praise")))).Code.Text);
    }

    [Theory]
    [InlineData("deploy", "154")]
    [InlineData("urge", "020")]
    [InlineData("warn", "130")]
    [InlineData("threaten", "130")]
    [InlineData("invade", "192")]
    [InlineData("shell", "194")]
    [InlineData("withdraw", "0874")]
    [InlineData("negotiate", "046")]
    [InlineData("condemn", "111")]
    [InlineData("arrest", "173")]
    public void NewsVerbsTakeTheirBlockCode(string lemma, string code)
    {
        var verb = Assert.Single(BuiltInVerbs.Load().FindByLemma(lemma));
        Assert.Equal(code, verb.Code.Text);
    }

    [Theory]
    [InlineData("mass")]
    [InlineData("mobilize")]
    [InlineData("appeal")]
    [InlineData("demand")]
    [InlineData("impose")]
    [InlineData("attack")]
    [InlineData("bomb")]
    [InlineData("sign")]
    [InlineData("meet")]
    [InlineData("visit")]
    [InlineData("host")]
    [InlineData("accuse")]
    [InlineData("deny")]
    [InlineData("reject")]
    [InlineData("praise")]
    [InlineData("mediate")]
    [InlineData("release")]
    [InlineData("expel")]
    [InlineData("protest")]
    public void TheVerbsNewsUsesAreThere(string lemma)
    {
        Assert.NotEmpty(BuiltInVerbs.Load().FindByLemma(lemma));
    }

    [Theory]
    [InlineData("return", "- * (TO &BASE) [0874]")]
    [InlineData("threaten", "- * &SANCTION [1312]")]
    [InlineData("want", "- * &GUARANTEE (FROM +) [100]")]
    [InlineData("move", "- * (ONTO &TRANSPORT) [150]")]
    [InlineData("deploy", "- * &FORCES (NEAR +) [154]")]
    [InlineData("impose", "- * &SANCTION (ON +) [163]")]
    [InlineData("receive", "- + * &ECONAID (FROM $) [071]")]
    [InlineData("clash", "- % * [190]")]
    public void PatternsCodeWhatTheComplementSays(string lemma, string pattern)
    {
        var dictionary = BuiltInVerbs.Load();
        var verb = dictionary.FindByLemma(lemma).Single(v => v.Primary.Words.Count == 1);
        Assert.Contains(pattern, dictionary.PatternsFor(verb).Select(p => p.ToString()));
    }

    [Fact]
    public void SynsetsGiveThePluralsNewsUses()
    {
        var dictionary = BuiltInVerbs.Load();
        var sanctions = dictionary.FindSynset("&SANCTION")!;
        Assert.Contains(sanctions.Phrases, p => p.SequenceEqual(["SANCTIONS"]));
        var forces = dictionary.FindSynset("&FORCES")!;
        Assert.Contains(forces.Phrases, p => p.SequenceEqual(["TROOPS"]));
        var bases = dictionary.FindSynset("&BASE")!;
        Assert.Contains(bases.Phrases, p => p.SequenceEqual(["BASES"]));
    }

    [SkippableTheory]
    [InlineData("returning", "bases", "0874")]
    [InlineData("moving", "garrisons", "0874")]
    [InlineData("deployed", "troops", "154")]
    [InlineData("wants", "guarantees", "100")]
    [InlineData("threatened", "sanctions", "1312")]
    [InlineData("loading", "transport", "150")]
    [InlineData("hang", "flags", "017")]
    [InlineData("wear", "banners", "017")]
    public void TheReferenceArticlesVerbAndNounMeetInAPattern(string verbForm, string noun, string code)
    {
        var article = File.ReadAllText(TestData.RequireReferenceArticle());
        Assert.Contains(" " + verbForm + " ", article, StringComparison.Ordinal);
        Assert.Contains(noun, article, StringComparison.Ordinal);
        var dictionary = BuiltInVerbs.Load();
        var verb = dictionary.FindByForm(verbForm).Single(v => v.Primary.Words.Count == 1);
        var codes = dictionary.PatternsFor(verb)
            .Where(p => Mentions(dictionary, p.Elements, noun.ToUpperInvariant()))
            .Select(p => p.Code.Text);
        Assert.Contains(code, codes);
    }

    private static bool Mentions(VerbDictionary dictionary, IReadOnlyList<PatternElement> elements, string word)
    {
        foreach (var element in elements)
        {
            if (element.Kind == PatternElementKind.Word && element.Text == word) return true;
            if (element.Kind == PatternElementKind.Synset && dictionary.FindSynset(element.Text!) is { } synset
                && synset.Phrases.Any(p => p.Count == 1 && p[0] == word)) return true;
            if (Mentions(dictionary, element.Children, word)) return true;
        }
        return false;
    }

    private static HashSet<string> CodesUsed(VerbDictionary dictionary)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in dictionary.Blocks)
        {
            Add(codes, block.Code);
            foreach (var verb in block.Verbs) Add(codes, verb.Code);
            foreach (var pattern in block.Patterns) Add(codes, pattern.Code);
        }
        return codes;
    }

    private static void Add(HashSet<string> codes, VerbCode code)
    {
        if (!code.IsNone && code.Primary.Length > 0) codes.Add(code.Primary);
        if (code.Secondary is { Length: > 0 } secondary && secondary != "---") codes.Add(secondary);
    }
}
