using Dateline.Documents;
using Dateline.Knowledge;
using Dateline.Knowledge.Dictionaries;
using Dateline.Knowledge.Linking;
using Dateline.Pipeline;

namespace Dateline.Tests.Knowledge.Linking;

/// <summary>
/// Small TABARI-format dictionaries written for these tests, and a helper that runs the embedded models (segmenter
/// to places) and then the linking stage on a sentence of our own.
/// </summary>
internal static class LinkingFixture
{
    public const string Actors = """
        # Actors written for the linking tests.
        VOLODYMYR_ZELENSKYY_
        +ZELENSKYY_
        	[UKRELI <190520] [UKRGOV >190520]
        PETRO_POROSHENKO_  [UKRGOV 140607-190520] [UKRELI >190520]
        KREMLIN_  [RUSGOV]
        AGENCE_FRANCE-PRESSE
        +AFP
        	[MED]
        REUTERS  [MED]
        NATO_
        +NORTH_ATLANTIC_TREATY_ORGANIZATION_
        	[IGOWSTNAT]
        EUROPEAN_UNION_
        +EU
        	[IGOEUREEC]
        """;

    public const string Agents = """
        # Agents written for the linking tests.
        SPOKESMAN [~GOV]
        ADVISER [~GOV]
        PRESIDENT [~GOV]
        FOREIGN_MINISTER [~GOV]
        DEFENCE_MINISTRY [~MIL]
        TROOP {TROOPS} [~MIL]
        """;

    private static readonly Lazy<AnalysisPipeline> Upstream = new(BuildUpstream);

    public static DictionarySet Dictionaries() =>
        new([ActorDictionaryReader.Read(Actors, "test.actors.txt").Dictionary], [AgentDictionaryReader.Read(Agents, "test.agents.txt").Dictionary]);

    /// <summary>A document of <paramref name="text"/> published on <paramref name="date"/>, analyzed up to places and then linked.</summary>
    public static Document Link(string text, string? date, DictionarySet? dictionaries = null)
    {
        var metadata = new ArticleMetadata { Published = date is null ? null : DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture) };
        var document = new Document(text, metadata);
        Upstream.Value.Process(document);
        new EntityLinkingStage(dictionaries ?? Dictionaries()).Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>The linked entity with a mention whose text is <paramref name="mention"/>.</summary>
    public static LinkedEntity Entity(Document document, string mention) =>
        Assert.Single(document.Get(LinkingLayers.EntityLinks), e => e.Mentions.Any(m => document.TextOf(m.Span) == mention));

    /// <summary>The linked mention whose text starts at the first occurrence of <paramref name="mention"/>.</summary>
    public static LinkedMention Mention(Document document, string mention)
    {
        var start = document.Text.IndexOf(mention, StringComparison.Ordinal);
        return Assert.Single(document.Get(LinkingLayers.EntityLinks).SelectMany(e => e.Mentions), m => m.Span.Start == start);
    }

    private static AnalysisPipeline BuildUpstream()
    {
        var models = Dateline.Models.ModelRepository.Embedded;
        var builder = new PipelineBuilder();
        builder.Add(new Dateline.Text.SegmenterStage(models));
        builder.Add(new Dateline.Nlp.Tagging.TaggerStage(models));
        builder.Add(new Dateline.Nlp.Parsing.ParserStage(models));
        builder.Add(new Dateline.Nlp.Entities.EntityRecognizerStage(models));
        builder.Add(new Dateline.Knowledge.Gazetteer.PlaceResolutionStage());
        return builder.Build();
    }
}
