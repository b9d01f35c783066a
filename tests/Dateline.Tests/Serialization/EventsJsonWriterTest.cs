using System.Text.Json;
using Dateline.Documents;
using Dateline.Events;
using Dateline.Events.Cameo;
using Dateline.Serialization;
using Dateline.Tests.Support;
using Xunit;

namespace Dateline.Tests.Serialization;

public class EventsJsonWriterTest
{
    [Fact]
    public void An_event_is_written_with_the_documented_names_and_nulls()
    {
        const string text = "Russia threatened Poland.";
        var document = SegmentedDocuments.Of(text);
        document.Set(EventLayers.Events, [new Event
        {
            Id = "ev1",
            Sentence = 0,
            Cameo = "1312",
            Root = "13",
            QuadClass = 3,
            Goldstein = -5.8,
            Plover = new PloverEvent("THREATEN", "sanctions", null),
            Source = new EventActor("RUS", "e1", new TextSpan(0, 6)),
            Target = null,
            Hypothetical = true,
            Date = new EventDate("2022-02-15", null),
            Location = null,
            Evidence = new TextSpan(0, 17),
            Verb = new TextSpan(7, 17),
        }]);
        using var parsed = JsonDocument.Parse(ArticleJsonWriter.Default.ToJson(document, new ArticleJsonOptions()));
        var e = Assert.Single(parsed.RootElement.GetProperty("events").EnumerateArray());
        Assert.Equal(
            ["id", "sentence", "cameo", "root", "quadClass", "goldstein", "plover", "source", "target", "negated", "hypothetical", "future", "question", "attributedTo", "date", "location", "evidence", "verb"],
            e.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1312", e.GetProperty("cameo").GetString());
        Assert.Equal("THREATEN", e.GetProperty("plover").GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("plover").GetProperty("context").ValueKind);
        Assert.Equal("Russia", e.GetProperty("source").GetProperty("text").GetString());
        Assert.Equal("e1", e.GetProperty("source").GetProperty("entity").GetString());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("target").ValueKind);
        Assert.True(e.GetProperty("hypothetical").GetBoolean());
        Assert.False(e.GetProperty("negated").GetBoolean());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("date").GetProperty("time").ValueKind);
        Assert.Equal(7, e.GetProperty("verb").GetProperty("start").GetInt32());
    }
}
