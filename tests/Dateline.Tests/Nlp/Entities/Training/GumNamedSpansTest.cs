using Dateline.Corpora;
using Dateline.Documents;
using Dateline.Nlp.Entities;
using Dateline.Nlp.Entities.Training;

namespace Dateline.Tests.Nlp.Entities.Training;

public class GumNamedSpansTest
{
    // Two sentences written for this test in GUM's CoNLL-U format with CorefUD entity brackets.
    private static readonly string Conllu = string.Join("\n",
    [
        "# sent_id = hand-1",
        "# text = President Anna Koval of the Lviv Dairy Company visited Kyiv.",
        "1\tPresident\tPresident\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-sssss-cf1-2,3-coref-Anna_Koval",
        "2\tAnna\tAnna\tPROPN\tNNP\t_\t3\tcompound\t_\t_",
        "3\tKoval\tKoval\tPROPN\tNNP\t_\t9\tnsubj\t_\t_",
        "4\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_",
        "5\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\tEntity=(2-organization-new-nnnnn-cf2-3,4-sgl",
        "6\tLviv\tLviv\tPROPN\tNNP\t_\t8\tcompound\t_\tEntity=(3-place-new-nnnnn-cf3-1-sgl-Lviv)",
        "7\tDairy\tDairy\tPROPN\tNNP\t_\t8\tcompound\t_\t_",
        "8\tCompany\tCompany\tPROPN\tNNP\t_\t3\tnmod\t_\tEntity=2)1)",
        "9\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_",
        "10\tKyiv\tKyiv\tPROPN\tNNP\t_\t9\tobj\t_\tEntity=(4-place-new-nnnnn-cf4-1-coref-Kyiv)|SpaceAfter=No",
        "11\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_",
        "",
        "# sent_id = hand-2",
        "# text = The Ukrainians liked the city.",
        "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(5-person-new-nnnnn-cf1-2-sgl",
        "2\tUkrainians\tUkrainian\tPROPN\tNNPS\t_\t3\tnsubj\t_\tEntity=5)",
        "3\tliked\tlike\tVERB\tVBD\t_\t0\troot\t_\t_",
        "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(4-place-giv:act-nnnnn-cf2-2-coref-Kyiv",
        "5\tcity\tcity\tNOUN\tNN\t_\t3\tobj\t_\tEntity=4)|SpaceAfter=No",
        "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
        ""
    ]);

    private static readonly Gazetteer Lists = Gazetteer.LoadEmbedded();

    private static List<ConlluSentence> Sentences() => [.. ConlluReader.Read(new StringReader(Conllu), "hand")];

    private static List<NamedSpan> Names(ConlluSentence sentence) =>
        GumNamedSpans.Derive(sentence, GumEntityBrackets.Parse(sentence),
            w => Lists.Contains(Gazetteer.Demonyms, w), w => Lists.ContainsIgnoringCase(Gazetteer.Titles, w));

    [Fact]
    public void BracketsOpenAndCloseNestedMentionsWithTheirTypesAndLinks()
    {
        var mentions = GumEntityBrackets.Parse(Sentences()[0]);
        Assert.Equal(4, mentions.Count);
        Assert.Contains(new GumMention(5, 5, "place", "Lviv"), mentions);
        Assert.Contains(new GumMention(4, 7, "organization", ""), mentions);
        Assert.Contains(new GumMention(0, 7, "person", "Anna_Koval"), mentions);
        Assert.Contains(new GumMention(9, 9, "place", "Kyiv"), mentions);
    }

    [Fact]
    public void ANameIsTheProperNounRunAroundTheHeadWithoutTitleOrDeterminer()
    {
        Assert.Equal(
            [new NamedSpan(1, 3, EntityType.Person), new NamedSpan(5, 8, EntityType.Organization), new NamedSpan(9, 10, EntityType.Location)],
            Names(Sentences()[0]));
    }

    [Fact]
    public void NationalityWordsAndMentionsHeadedByCommonNounsAreNotNames()
    {
        Assert.Empty(Names(Sentences()[1]));
    }

    [Fact]
    public void ClosingAMentionThatIsNotOpenIsReportedWithTheSentence()
    {
        var bad = Conllu.Replace("Entity=2)1)", "Entity=7)", StringComparison.Ordinal);
        var sentence = ConlluReader.Read(new StringReader(bad), "bad").First();
        var error = Assert.Throws<FormatException>(() => GumEntityBrackets.Parse(sentence));
        Assert.Contains("E220", error.Message, StringComparison.Ordinal);
        Assert.Contains("hand-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GumTypesMapToTheRecognizerTypesAndOthersAreLeftOut()
    {
        Assert.Equal(EntityType.Person, GumNamedSpans.MapType("person"));
        Assert.Equal(EntityType.Location, GumNamedSpans.MapType("place"));
        Assert.Equal(EntityType.Organization, GumNamedSpans.MapType("organization"));
        Assert.Null(GumNamedSpans.MapType("event"));
    }

    [Fact]
    public void SplitsListDevAndTestDocumentsAndEverythingElseIsTraining()
    {
        var splits = GumSplits.Read(new StringReader("# Splits\n\n## dev\n\n  * GUM_news_a\n\n## test\n\n  * GUM_bio_b\n"));
        Assert.Equal("dev", GumSplits.SplitOf(splits, "GUM_news_a"));
        Assert.Equal("test", GumSplits.SplitOf(splits, "GUM_bio_b"));
        Assert.Equal("train", GumSplits.SplitOf(splits, "GUM_voyage_c"));
    }
}
