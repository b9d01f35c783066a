using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Tests.Pipeline;

public class PipelineBuilderTest
{
    private static readonly LayerKey<string> A = new("a");
    private static readonly LayerKey<string> B = new("b");

    private sealed class Stage(string name, LayerKey[] requires, LayerKey<string>[] assigns, Action<Document>? body = null) : IPipelineStage
    {
        public string Name => name;
        public IReadOnlyList<LayerKey> Requires => requires;
        public IReadOnlyList<LayerKey> Assigns => assigns;
        public void Process(Document document, CancellationToken cancellationToken)
        {
            body?.Invoke(document);
            foreach (var key in assigns) document.Set(key, name);
        }
    }

    [Fact]
    public void AStageThatRequiresALaterLayerIsRejectedWhenBuilt()
    {
        var builder = new PipelineBuilder()
            .Add(new Stage("second", [A], [B]))
            .Add(new Stage("first", [], [A]));
        var ex = Assert.Throws<PipelineException>(() => builder.Build());
        Assert.Equal("E001", ex.Code);
        Assert.Contains("'second'", ex.Message);
        Assert.Contains("'a'", ex.Message);
    }

    [Fact]
    public void TwoStagesAssigningOneLayerAreRejected()
    {
        var builder = new PipelineBuilder().Add(new Stage("x", [], [A])).Add(new Stage("y", [], [A]));
        Assert.Equal("E004", Assert.Throws<PipelineException>(() => builder.Build()).Code);
    }

    [Fact]
    public void StagesRunInTheOrderGiven()
    {
        var pipeline = new PipelineBuilder()
            .Add(new Stage("first", [], [A]))
            .Add(new Stage("second", [A], [B], d => Assert.Equal("first", d.Get(A))))
            .Build();
        var doc = new Document("text");
        pipeline.Process(doc);
        Assert.Equal("second", doc.Get(B));
    }

    [Fact]
    public void AFailingStageIsNamedWithTheDocumentOrigin()
    {
        var pipeline = new PipelineBuilder()
            .Add(new Stage("broken", [], [A], _ => throw new InvalidDataException("bad byte")))
            .Build();
        var doc = new Document("text", new ArticleMetadata { Origin = "in/article.txt" });
        var ex = Assert.Throws<PipelineException>(() => pipeline.Process(doc));
        Assert.Equal("E100", ex.Code);
        Assert.Contains("'broken'", ex.Message);
        Assert.Contains("in/article.txt", ex.Message);
        Assert.Contains("bad byte", ex.Message);
    }
}
