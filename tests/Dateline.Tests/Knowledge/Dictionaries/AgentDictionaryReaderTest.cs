using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Dictionaries;

public partial class AgentDictionaryReaderTest
{
    private const string Snippet = """
        !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
        FERRY!PERSON! [~TRN]
        HARBOUR_MASTER [~GOVTRN] # regular plural
        SECRETARY [~GOV]
        ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
        COAST_POLICE {} [~COP]
        RELIEF_AGENCY  [NGO~]
        """;

    private static AgentDictionary Read() => AgentDictionaryReader.Read(Snippet, "test.agents.txt").Dictionary;

    [Fact]
    public void TildeBeforeTheCodeQualifiesAfterTheActorAndAfterItBefore()
    {
        var dictionary = Read();
        var master = dictionary.Find("HARBOUR_MASTER")!;
        Assert.Equal(AgentCodePosition.AfterActor, master.Position);
        Assert.Equal("NTHGOVTRN", master.Qualify("NTH"));
        var agency = dictionary.Find("relief agency")!;
        Assert.Equal(AgentCodePosition.BeforeActor, agency.Position);
        Assert.Equal("NGO~", agency.WrittenCode);
        Assert.Equal("NGONTH", agency.Qualify("NTH"));
    }

    [Fact]
    public void RegularPluralsAreGeneratedOnTheLastWord()
    {
        var dictionary = Read();
        Assert.Same(dictionary.Find("HARBOUR MASTER"), dictionary.Find("HARBOUR MASTERS"));
        Assert.Same(dictionary.Find("SECRETARY"), dictionary.Find("SECRETARIES"));
        Assert.Same(dictionary.Find("RELIEF AGENCY"), dictionary.Find("RELIEF AGENCIES"));
    }

    [Fact]
    public void BracedPluralReplacesTheRegularOneAndEmptyBracesMeanNone()
    {
        var dictionary = Read();
        Assert.Equal("JUD", dictionary.Find("ATTORNEYS GENERAL")!.Code);
        Assert.Null(dictionary.Find("ATTORNEY GENERALS"));
        Assert.NotNull(dictionary.Find("COAST POLICE"));
        Assert.Null(dictionary.Find("COAST POLICES"));
    }

    [Fact]
    public void SubstitutionMarkersExpandToEveryListedWord()
    {
        var dictionary = Read();
        Assert.Equal(5, dictionary.Markers["PERSON"].Count);
        foreach (var word in new[] { "FERRYMAN", "FERRYMEN", "FERRYWOMAN", "FERRYWOMEN", "FERRYPERSON" })
        {
            Assert.Equal("TRN", dictionary.Find(word)!.Code);
        }
        Assert.Null(dictionary.Find("FERRYMANS"));
    }

    [Fact]
    public void LinesWithoutCodeOrWithUnknownMarkerAreReported()
    {
        var result = AgentDictionaryReader.Read("HARBOUR_PILOT\nDOCK!WORKER! [~LAB]\nCLERK [GOV]\nGUARD [~MIL}\nPORTER [~LAB\n", "x.agents.txt");
        Assert.Equal(
        [
            "x.agents.txt:2: substitution marker !WORKER! is not defined above; skipped",
            "x.agents.txt:3: agent code '[GOV]' needs one '~' before or after it; skipped",
            "x.agents.txt:5: agent code has no closing ']'; skipped",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Equal(
        [
            "x.agents.txt:1: agent phrase without a [code]; skipped, as PETRARCH skips it",
            "x.agents.txt:4: code closed with '}' instead of ']'; read as ']'",
        ], result.Warnings.Select(e => e.ToString()));
        Assert.Equal("MIL", Assert.Single(result.Dictionary.Entries).Code);
    }
}
