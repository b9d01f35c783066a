using Dateline.Knowledge.Actors;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Knowledge.Actors;

public class BuiltInKnowledgeTest
{
    private static readonly BuiltInKnowledge Knowledge = BuiltInKnowledge.Load();

    [Fact]
    public void EveryEmbeddedFileLoadsAndEveryKindIsPresent()
    {
        var counts = new int[Enum.GetValues<ActorKind>().Length];
        foreach (var record in Knowledge.Records) counts[(int)record.Kind]++;
        Assert.True(counts[(int)ActorKind.Country] >= 190, $"{counts[(int)ActorKind.Country]} countries");
        Assert.True(counts[(int)ActorKind.Territory] >= 40);
        Assert.True(counts[(int)ActorKind.Igo] >= 40);
        Assert.True(counts[(int)ActorKind.Media] >= 40);
        Assert.True(counts[(int)ActorKind.ArmedGroup] >= 20);
        Assert.True(counts[(int)ActorKind.Person] >= 30);
        Assert.True(counts[(int)ActorKind.Metonym] >= 150);
        Assert.True(Knowledge.Agents.Entries.Count >= 100);
    }

    [Fact]
    public void EveryRecordNamesItsFileAndLine()
    {
        Assert.All(Knowledge.Records, r =>
        {
            Assert.StartsWith("knowledge/actors/", r.File, StringComparison.Ordinal);
            Assert.True(r.Line > 1);
            Assert.NotEmpty(r.Codes);
        });
    }

    [Fact]
    public void ZelenskiyIsTheUkrainianGovernmentFromHisInaugurationOnly()
    {
        var zelenskiy = Knowledge.Actors.Find("Zelenskiy")!;
        Assert.Same(zelenskiy, Knowledge.Actors.Find("Volodymyr Zelenskyy"));
        Assert.Same(zelenskiy, Knowledge.Actors.Find("ZELENSKY"));
        Assert.Null(zelenskiy.CodeAt(new DateOnly(2018, 6, 1)));
        Assert.Null(zelenskiy.CodeAt(new DateOnly(2019, 5, 19)));
        Assert.Equal("UKRGOV", zelenskiy.CodeAt(new DateOnly(2019, 5, 20)));
        Assert.Equal("UKRGOV", zelenskiy.CodeAt(new DateOnly(2022, 2, 15)));
    }

    [Fact]
    public void UnitedStatesPresidentsChangeCodeOnInaugurationDay()
    {
        var biden = Knowledge.Actors.Find("Joe Biden")!;
        var trump = Knowledge.Actors.Find("Trump")!;
        Assert.Equal("USAGOV", biden.CodeAt(new DateOnly(2025, 1, 19)));
        Assert.Equal("USAELI", biden.CodeAt(new DateOnly(2025, 1, 20)));
        Assert.Equal("USAELI", trump.CodeAt(new DateOnly(2025, 1, 19)));
        Assert.Equal("USAGOV", trump.CodeAt(new DateOnly(2025, 1, 20)));
        Assert.Equal("USAGOV", trump.CodeAt(new DateOnly(2018, 3, 1)));
    }

    [Fact]
    public void SeatsOfGovernmentAndCapitalsStandForTheGovernment()
    {
        var date = new DateOnly(2022, 2, 15);
        Assert.Equal("RUSGOV", Knowledge.Actors.Find("the Kremlin")!.CodeAt(date));
        Assert.Equal("USAGOV", Knowledge.Actors.Find("White House")!.CodeAt(date));
        Assert.Equal("GBRGOV", Knowledge.Actors.Find("Downing Street")!.CodeAt(date));
        Assert.Equal("IGOEUREEC", Knowledge.Actors.Find("Brussels")!.CodeAt(date));
        Assert.Same(Knowledge.Actors.Find("Kyiv"), Knowledge.Actors.Find("Kiev"));
        Assert.Equal("UKRGOV", Knowledge.Actors.Find("Kiev")!.CodeAt(date));
        Assert.Equal("CHNGOV", Knowledge.Actors.Find("Beijing")!.CodeAt(date));
    }

    [Fact]
    public void CountriesAreFoundByNameShortFormAndDemonym()
    {
        Assert.Equal("USA", Knowledge.Actors.Find("U.S.")!.Codes[0].Code);
        Assert.Equal("USA", Knowledge.Actors.Find("America")!.Codes[0].Code);
        Assert.Equal("GBR", Knowledge.Actors.Find("Britain")!.Codes[0].Code);
        Assert.Equal("RUS", Knowledge.Actors.Find("Russians")!.Codes[0].Code);
        Assert.Equal("UKR", Knowledge.Actors.Find("Ukrainian")!.Codes[0].Code);
        Assert.Equal("KSV", Knowledge.Actors.Find("Kosovo")!.Codes[0].Code);
        Assert.Null(Knowledge.Actors.Find("Britishs"));
    }

    [Fact]
    public void MediaAndOrganizationsCarryTheirCodesRolesAndCountries()
    {
        var afp = Knowledge.Records.Single(r => r.Name == "Agence France-Presse");
        Assert.Equal((ActorKind.Media, "MED", "FRA"), (afp.Kind, afp.Role, afp.Country));
        Assert.Equal("FRAMED", Knowledge.Actors.Find("AFP")!.Codes[0].Code);
        Assert.Equal("GBRMED", Knowledge.Actors.Find("Reuters")!.Codes[0].Code);
        Assert.Equal("IGOWSTNAT", Knowledge.Actors.Find("North Atlantic Treaty Organization")!.Codes[0].Code);
        Assert.Equal("IGOUNO", Knowledge.Actors.Find("U.N.")!.Codes[0].Code);
    }

    [Fact]
    public void AgentWordsQualifyAnActorCodeInBothDirections()
    {
        Assert.Equal("RUSGOV", Knowledge.Agents.Find("spokesmen")!.Qualify("RUS"));
        Assert.Equal("RUSMIL", Knowledge.Agents.Find("defence ministry spokesman")!.Qualify("RUS"));
        Assert.Equal("UKRMIL", Knowledge.Agents.Find("troops")!.Qualify("UKR"));
        Assert.Equal("NGOSDN", Knowledge.Agents.Find("aid agencies")!.Qualify("SDN"));
        Assert.Equal(AgentCodePosition.BeforeActor, Knowledge.Agents.Find("charity")!.Position);
        Assert.Null(Knowledge.Agents.Find("troopss"));
    }

    [Fact]
    public void AMatchedEntryLeadsBackToItsRecord()
    {
        string[] tokens = ["said", "Volodymyr", "Zelenskiy", "on", "Monday"];
        Assert.Equal(2, Knowledge.Actors.MatchLongest(tokens, 1, out var entry));
        var record = Knowledge.RecordOf(entry!)!;
        Assert.Equal((ActorKind.Person, "GOV", "UKR"), (record.Kind, record.Role, record.Country));
        Assert.Same(record, Knowledge.FindRecord("zelensky"));
        Assert.Equal(ActorKind.Metonym, Knowledge.FindRecord("Kiev")!.Kind);
        Assert.Null(Knowledge.RecordOf(ActorDictionaryReader.Read("OTHER [OTH]\n", "x.txt").Dictionary.Entries[0]));
        Assert.Null(Knowledge.FindRecord("Mykhailo Podolyak"));
    }

    [Fact]
    public void EveryCodeStartsWithAKnownCountryOrAnInternationalPrefix()
    {
        // CAMEO's region codes (the codebook's regional actors: WST the West, EUR Europe, MEA Middle East, ...).
        string[] regions = ["AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA",
            "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"];
        var countries = Knowledge.Records.Where(r => r.Kind is ActorKind.Country or ActorKind.Territory).Select(r => r.Codes[0].Code).ToHashSet();
        Assert.Equal(250, countries.Count);
        foreach (var record in Knowledge.Records)
        {
            foreach (var code in record.Codes)
            {
                var known = code.Code.StartsWith("IGO", StringComparison.Ordinal) || code.Code.StartsWith("IMG", StringComparison.Ordinal)
                    || countries.Any(c => code.Code.StartsWith(c, StringComparison.Ordinal))
                    || regions.Any(r => code.Code.StartsWith(r, StringComparison.Ordinal));
                Assert.True(known, $"{record.File}:{record.Line}: {code.Code}");
            }
            if (record.Country is { } country) Assert.Contains(country, countries);
        }
    }

    [Fact]
    public void EveryMediaOutletIsCodedItsCountryPlusMed()
    {
        var media = Knowledge.Records.Where(r => r.Kind == ActorKind.Media).ToList();
        Assert.All(media, m => Assert.Equal((m.Country + "MED", "MED"), (Assert.Single(m.Codes).Code, m.Role)));
    }

    [Fact]
    public void TheTalibanBecameTheAfghanGovernmentWhenKabulFell()
    {
        var taliban = Knowledge.Actors.Find("Taliban")!;
        Assert.Equal("AFGREB", taliban.CodeAt(new DateOnly(2021, 8, 14)));
        Assert.Equal("AFGGOV", taliban.CodeAt(new DateOnly(2021, 8, 15)));
    }
}
