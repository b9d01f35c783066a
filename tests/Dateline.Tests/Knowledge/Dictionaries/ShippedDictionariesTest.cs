using Dateline.Knowledge.Dictionaries;
using Dateline.Tests.Support;

namespace Dateline.Tests.Knowledge.Dictionaries;

/// <summary>
/// The PETRARCH2 and UD-PETRARCH dictionaries in ../shared load with the expected error and warning counts. Errors
/// are genuinely unreadable lines, warnings odd lines read after a repair (both listed in docs/DICTIONARIES.md).
/// </summary>
public class ShippedDictionariesTest
{
    [SkippableTheory]
    [InlineData("dictionaries", "CAMEO.2.0.txt", DictionaryKind.Verbs, 0, 5)]
    [InlineData("dictionaries", "CAMEO.2.0_unsorted.txt", DictionaryKind.Verbs, 1, 4)]
    [InlineData("dictionaries", "CAMEO.verbpatterns.150430.txt", DictionaryKind.Verbs, 7, 2)]
    [InlineData("dictionaries", "newdict.txt", DictionaryKind.Verbs, 4572, 2)]
    [InlineData("dictionaries", "PETR.Validate.verbs.txt", DictionaryKind.Verbs, 3, 2)]
    [InlineData("dictionaries", "PETR.Validate.actors.txt", DictionaryKind.Actors, 0, 0)]
    [InlineData("dictionaries", "PETR.Validate.agents.txt", DictionaryKind.Agents, 0, 0)]
    [InlineData("dictionaries", "PETR.Validate.discards.txt", DictionaryKind.Discards, 0, 0)]
    [InlineData("dictionaries", "Phoenix.Countries.actors.txt", DictionaryKind.Actors, 0, 9)]
    [InlineData("dictionaries", "Phoenix.International.actors.txt", DictionaryKind.Actors, 0, 4)]
    [InlineData("dictionaries", "Phoenix.MilNonState.actors.txt", DictionaryKind.Actors, 0, 0)]
    [InlineData("dictionaries", "Phoenix.agents.txt", DictionaryKind.Agents, 0, 2)]
    [InlineData("dictionaries", "Phoenix.discards.txt", DictionaryKind.Discards, 0, 0)]
    [InlineData("dictionaries", "Phoenix.IssueCoding.txt", DictionaryKind.Issues, 0, 18)]
    [InlineData("dictionaries", "Phoenix.prepositions.txt", DictionaryKind.Prepositions, 0, 0)]
    [InlineData("ud-petrarch", "PETR_Validate_verbs_2_02.txt", DictionaryKind.Verbs, 10, 6)]
    [InlineData("ud-petrarch", "PETR_Validate_actors_2_02.txt", DictionaryKind.Actors, 0, 0)]
    [InlineData("ud-petrarch", "PETR_Validate_agents_2_02.txt", DictionaryKind.Agents, 0, 0)]
    [InlineData("ud-petrarch", "PETR_Validate_discards_2_02.txt", DictionaryKind.Discards, 0, 0)]
    public void EachShippedFileLoadsWithItsKnownErrorAndWarningCounts(string folder, string name, DictionaryKind kind, int errors, int warnings)
    {
        var path = TestData.RequireSharedFile("petrarch", folder, name);
        var text = DictionaryChecker.ReadText(path);
        Assert.Equal(kind, DictionaryKindDetector.Detect(path, text));
        var check = DictionaryChecker.Check(path, text, kind);
        Assert.True(check.Entries > 0);
        Assert.Equal(errors, check.Errors.Count);
        Assert.Equal(warnings, check.Warnings.Count);
        Assert.All(check.Errors, e => Assert.Equal(path, e.File));
        Assert.All(check.Warnings, e => Assert.Equal(path, e.File));
    }

    [SkippableFact]
    public void ObamaIsAnEliteBeforeTakingOfficeAndGovernmentAfter()
    {
        var actors = ActorDictionaryReader.ReadFiles(Phoenix("Phoenix.Countries.actors.txt")).Dictionary;
        var obama = actors.Find("President Barack Obama")!;
        Assert.Same(obama, actors.Find(["OBAMA"]));
        Assert.Equal("USAELI", obama.CodeAt(new DateOnly(1990, 5, 1)));
        Assert.Equal("USAELI", obama.CodeAt(new DateOnly(1999, 12, 31)));
        Assert.Null(obama.CodeAt(new DateOnly(2005, 1, 1)));
        Assert.Equal("USAGOV", obama.CodeAt(new DateOnly(2009, 1, 20)));
        var karzai = actors.Find("KARZAI")!;
        Assert.Equal("AFGELI", karzai.CodeAt(new DateOnly(2001, 6, 1)));
        Assert.Equal("AFGGOV", karzai.CodeAt(new DateOnly(2005, 6, 1)));
    }

    [SkippableFact]
    public void TheThreePhoenixActorFilesLoadIntoOneDictionary()
    {
        var result = ActorDictionaryReader.ReadFiles(
            Phoenix("Phoenix.Countries.actors.txt"), Phoenix("Phoenix.International.actors.txt"), Phoenix("Phoenix.MilNonState.actors.txt"));
        Assert.Empty(result.Errors);
        Assert.Equal(13, result.Warnings.Count);
        Assert.Equal("IGOUNO", result.Dictionary.Find("UN SECRETARY GENERAL")!.CodeAt(new DateOnly(2010, 1, 1)));
        Assert.NotNull(result.Dictionary.Find("AFGHANISTAN"));
    }

    [SkippableFact]
    public void KnownAgentsDiscardsAndVerbsResolve()
    {
        var agents = AgentDictionaryReader.ReadFile(Phoenix("Phoenix.agents.txt")).Dictionary;
        Assert.Equal("USAGOV", agents.Find("presidents")!.Qualify("USA"));
        var discards = DiscardListReader.ReadFile(Phoenix("Phoenix.discards.txt")).Dictionary;
        Assert.Equal(DiscardScope.Story, discards.Find(["CHAMPIONS", "LEAGUE"])!.Scope);
        Assert.Equal(DiscardScope.Sentence, discards.Find(["BASEBALL"])!.Scope);
        var verbs = VerbDictionaryReader.ReadFile(Phoenix("CAMEO.2.0.txt")).Dictionary;
        var accuse = verbs.FindByLemma("ACCUSE").Single();
        Assert.Equal("112", accuse.Code.Primary);
        Assert.Contains(verbs.FindByForm("ACCUSED"), v => v.Lemma == "ACCUSE");
        Assert.NotEmpty(verbs.PatternsFor(accuse));
        Assert.NotNull(verbs.FindSynset("&CURRENCY"));
    }

    [SkippableFact]
    public void TheRepairedPhoenixLinesReadAsDocumented()
    {
        var actors = ActorDictionaryReader.ReadFiles(Phoenix("Phoenix.Countries.actors.txt")).Dictionary;
        var dukanovic = actors.Find("DJUKANOVIC")!;
        Assert.Equal("MNEGOV", dukanovic.CodeAt(new DateOnly(2013, 6, 1)));
        Assert.Contains(dukanovic.Codes, c => c.From == new DateOnly(2012, 12, 4) && c.Until is null);
        Assert.NotNull(actors.Find("FAEROYENE"));
        Assert.Contains(actors.Entries, e => e.Codes.Any(c => c.Code == "GBRGOV" && c.From == new DateOnly(2010, 5, 1)));
        var agents = AgentDictionaryReader.ReadFile(Phoenix("Phoenix.agents.txt")).Dictionary;
        Assert.Equal("ENV", agents.Find("DEPARMENT OF ENVIRONMENT")!.Code);
        var verbs = VerbDictionaryReader.ReadFile(Phoenix("CAMEO.2.0.txt")).Dictionary;
        var patterns = verbs.Blocks.SelectMany(b => b.Patterns).ToList();
        var sceptical = patterns.Single(p => p.Line == 1735);
        Assert.Equal([PatternElementKind.Verb, PatternElementKind.Word], sceptical.Elements.Select(e => e.Kind));
        Assert.Equal(PatternElementKind.PrepositionalPhrase, patterns.Single(p => p.Line == 2374).Elements[^1].Kind);
        var issues = IssueDictionaryReader.ReadFile(Phoenix("Phoenix.IssueCoding.txt")).Dictionary;
        Assert.NotNull(issues.Find(["INTIMIDATION", "OF", "THE", "MEDIA"]));
        Assert.NotNull(issues.Find(["INTIMIDATION", "OF", "PRESS"]));
    }

    private static string Phoenix(string name) => TestData.RequireSharedFile("petrarch", "dictionaries", name);
}
