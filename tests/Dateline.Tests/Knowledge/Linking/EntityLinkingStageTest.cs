using Dateline.Documents;
using Dateline.Knowledge;
using Dateline.Knowledge.Gazetteer;
using Dateline.Knowledge.Linking;
using static Dateline.Tests.Knowledge.Linking.LinkingFixture;

namespace Dateline.Tests.Knowledge.Linking;

public class EntityLinkingStageTest
{
    [Fact]
    public void StageDeclaresItsLayers()
    {
        var stage = new EntityLinkingStage(DictionarySet.Empty);
        Assert.Equal("linking", stage.Name);
        Assert.Contains(PlaceLayers.Places, stage.Requires);
        Assert.Contains(Layers.Dependencies, stage.Requires);
        Assert.Equal([LinkingLayers.EntityLinks], stage.Assigns);
    }

    [Theory]
    [InlineData("2022-02-15", "UKRGOV")]
    [InlineData("2018-03-01", "UKRELI")]
    public void ThePersonsCodeIsTheOneValidAtTheArticleDate(string date, string code)
    {
        var document = Link("Volodymyr Zelenskyy spoke to students in Lviv on Friday.", date);
        var actor = Entity(document, "Volodymyr Zelenskyy").Actor;
        Assert.Equal(code, actor?.Code);
        Assert.Equal(ActorSource.Dictionary, actor?.Source);
    }

    [Theory]
    [InlineData("2016-06-01", "UKRGOV")]
    [InlineData("2022-06-01", "UKRELI")]
    public void AFormerPresidentIsGovernmentOnlyDuringHisTerm(string date, string code)
    {
        var document = Link("Petro Poroshenko spoke to students in Lviv on Friday.", date);
        Assert.Equal(code, Entity(document, "Petro Poroshenko").Actor?.Code);
    }

    [Fact]
    public void SpellingVariantsAndPossessivesAreMergedIntoOneEntity()
    {
        var document = Link("Volodymyr Zelenskiy met reporters in Kyiv on Monday. Later Zelensky said the talks had failed, and Zelenskyy's office agreed.", "2022-02-15");
        var entity = Entity(document, "Volodymyr Zelenskiy");
        var texts = entity.Mentions.Select(m => document.TextOf(m.Span)).ToList();
        Assert.Equal(["Volodymyr Zelenskiy", "Zelensky", "Zelenskyy"], texts);
        Assert.Equal("Volodymyr Zelenskiy", entity.Canonical);
        Assert.Equal("UKRGOV", entity.Actor?.Code);
    }

    [Fact]
    public void AMissedMentionIsRecoveredByItsName()
    {
        var document = Link("Olena Marchuk opened the fair. Visitors praised Marchuk's speech, and Marchuk thanked them.", "2022-02-15");
        var entity = Entity(document, "Olena Marchuk");
        Assert.Equal(3, entity.Mentions.Count);
        Assert.All(entity.Mentions.Skip(1), m => Assert.Equal("Marchuk", document.TextOf(m.Span)));
    }

    [Fact]
    public void AnAcronymJoinsItsExpansion()
    {
        var document = Link("The North Atlantic Treaty Organization met in Brussels. Later NATO said it would send more ships.", "2022-02-15");
        var entity = Entity(document, "NATO");
        Assert.Contains(entity.Mentions, m => document.TextOf(m.Span) == "North Atlantic Treaty Organization");
        Assert.Equal(("IGOWSTNAT", "IGO"), (entity.Actor?.Code, entity.Actor?.Role));
    }

    [Fact]
    public void NewsAgenciesAreMedia()
    {
        var document = Link("AFP reported the decision, citing Reuters.", "2022-02-15");
        Assert.Equal("MED", Entity(document, "AFP").Actor?.Role);
        Assert.Equal("MED", Entity(document, "Reuters").Actor?.Role);
    }

    [Fact]
    public void ACapitalThatSpeaksIsItsGovernment()
    {
        var document = Link("Kyiv rejected the proposal on Monday.", "2022-02-15");
        var mention = Mention(document, "Kyiv");
        Assert.Equal(("UKRGOV", ActorSource.Metonymy), (mention.Actor?.Code, mention.Actor?.Source));
        Assert.Equal("UKR", Entity(document, "Kyiv").Actor?.Code);
        Assert.InRange(Entity(document, "Kyiv").Geo!.Lat, 50.4, 50.5);
    }

    [Fact]
    public void ACapitalWhereSomethingHappensIsAPlace()
    {
        var document = Link("Heavy snow fell in Moscow on Tuesday.", "2022-02-15");
        Assert.Null(Mention(document, "Moscow").Actor);
        Assert.Equal("RUS", Entity(document, "Moscow").Actor?.Code);
    }

    [Fact]
    public void TheKremlinIsTheRussianGovernmentEvenWithoutDictionaries()
    {
        var document = Link("The Kremlin said the units would return to their bases.", "2022-02-15", DictionarySet.Empty);
        var actor = Entity(document, "Kremlin").Actor;
        Assert.Equal(("RUSGOV", "GOV", "RUS", ActorSource.Metonymy), (actor?.Code, actor?.Role, actor?.Country, actor?.Source));
    }

    [Fact]
    public void ANationalityAdjectiveOnARoleNounTakesItsAgent()
    {
        var document = Link("Russian troops crossed the border near Kharkiv.", "2022-02-15");
        Assert.Equal("RUSMIL", Mention(document, "Russian").Actor?.Code);
        Assert.Equal("RUS", Entity(document, "Russian").Actor?.Code);
    }

    [Fact]
    public void APersonInNoListTakesTheRoleOfHisApposition()
    {
        var document = Link("\"We are ready,\" Ivan Petrenko, an adviser to Zelenskyy's chief of staff, told reporters.", "2022-02-15");
        var actor = Entity(document, "Ivan Petrenko").Actor;
        Assert.Equal(("UKRGOV", ActorSource.Context), (actor?.Code, actor?.Source));
    }

    [Fact]
    public void APersonInNoListTakesTheRoleOfHisTitle()
    {
        var document = Link("On Friday, Ukraine President Taras Koval visited a school in Lviv.", "2022-02-15");
        Assert.Equal("UKRGOV", Entity(document, "Taras Koval").Actor?.Code);
    }

    [Fact]
    public void ARoleNounPhraseIsResolvedForOtherStages()
    {
        var document = Link("A Russian defence ministry spokesman said the units were leaving.", "2022-02-15");
        var tokens = document.Get(Layers.Tokens);
        var head = tokens.ToList().FindIndex(t => document.TextOf(t.Span) == "spokesman");
        var resolver = new ActorResolver(LinkingFixture.Dictionaries());

        var actor = resolver.ResolveNounPhrase(document, head, new DateOnly(2022, 2, 15));

        Assert.Equal(("RUSMIL", "MIL", "RUS"), (actor?.Code, actor?.Role, actor?.Country));
    }

    [Fact]
    public void AMentionSplitByTheRecognizerIsWidenedToTheActorName()
    {
        var document = Link("The European Union adopted new sanctions on Friday.", "2022-02-15");
        var entity = Entity(document, "European Union");
        Assert.Equal(("IGOEUREEC", EntityType.Organization), (entity.Actor?.Code, entity.Type));
        Assert.DoesNotContain(document.Get(LinkingLayers.EntityLinks), e => e.Mentions.Any(m => document.TextOf(m.Span) == "Union"));
    }

    [Fact]
    public void TitleWordsBeforeTheNameCountEvenWhenTheParseMissesThem()
    {
        var document = Link("Ukrainian Foreign Minister Olena Marchuk arrived in Warsaw on Tuesday.", "2022-02-15");
        Assert.Equal("UKRGOV", Entity(document, "Olena Marchuk").Actor?.Code);
    }

    [Theory]
    [InlineData("Protests spread across Georgia after the vote in Tbilisi.", "GEO")]
    [InlineData("Storms hit Atlanta and much of Georgia on Sunday.", "USA")]
    public void APlaceNameIsCodedWithTheCountryTheGazetteerChoseEvenWhenTheDictionaryNamesACountry(string sentence, string code)
    {
        var document = Link(sentence, "2022-02-15", BuiltInDictionaries.Load());
        Assert.Equal(code, Entity(document, "Georgia").Actor?.Country);
    }

    [Fact]
    public void OtherStagesFindAMentionsActorByPosition()
    {
        var document = Link("Kyiv rejected the proposal, and AFP reported it.", "2022-02-15");
        var start = document.Text.IndexOf("AFP", StringComparison.Ordinal);
        Assert.Equal("MED", LinkedEntityLookup.ActorAt(document, new TextSpan(start, start + 3))?.Role);
        Assert.Equal("UKRGOV", LinkedEntityLookup.ActorAt(document, new TextSpan(0, 4))?.Code);
        Assert.Null(LinkedEntityLookup.ActorAt(document, new TextSpan(5, 13)));
    }
}
