using Dateline.Documents;
using Dateline.Models;
using Dateline.Nlp.Entities;
using Dateline.Pipeline;
using Dateline.Tests.Support;

namespace Dateline.Tests.Nlp.Entities;

public sealed class EntityRecognizerStageTest : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dateline-ner-" + Guid.NewGuid().ToString("N"));

    public EntityRecognizerStageTest()
    {
        Directory.CreateDirectory(_folder);
        using var stream = File.Create(Path.Combine(_folder, NerTraining.ModelFileName));
        NerModelFormat.Write(TinyModel.Train(), stream);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Document Run(string text)
    {
        var document = HandTokenizedDocument.Create(text);
        new EntityRecognizerStage(new ModelRepository(_folder)).Process(document, CancellationToken.None);
        return document;
    }

    [Fact]
    public void TheStageNeedsOnlySentencesAndTokens()
    {
        var stage = new EntityRecognizerStage(new ModelRepository(_folder));
        Assert.Equal("ner", stage.Name);
        Assert.Equal([Layers.Sentences, Layers.Tokens], stage.Requires);
        Assert.Equal([Layers.Entities], stage.Assigns);
    }

    [Fact]
    public void PeoplePlacesAndOrganizationsBecomeEntitiesWithTheirMentions()
    {
        var document = Run("Olena Marchuk visited Lviv on Monday .\nThe Dairy Union hired Maria Koval .\nMarchuk visited Lviv on Friday .");
        var entities = document.Get(Layers.Entities);
        var marchuk = Assert.Single(entities, e => e.Name == "Olena Marchuk");
        Assert.Equal(EntityType.Person, marchuk.Type);
        Assert.Equal(["Olena Marchuk", "Marchuk"], marchuk.Mentions.Select(document.TextOf));
        var lviv = Assert.Single(entities, e => e.Name == "Lviv");
        Assert.Equal(EntityType.Location, lviv.Type);
        Assert.Equal(2, lviv.Mentions.Count);
        Assert.Contains(entities, e => e.Name == "Dairy Union" && e.Type == EntityType.Organization);
        Assert.Equal("e1", entities[0].Id);
    }

    [Fact]
    public void NationalityWordsBecomeGroupEntities()
    {
        var document = Run("Polish farmers met Ukrainians in Lviv .");
        var entities = document.Get(Layers.Entities);
        Assert.Contains(entities, e => e.Name == "Polish" && e.Type == EntityType.Group);
        Assert.Contains(entities, e => e.Name == "Ukrainians" && e.Type == EntityType.Group);
    }

    [Fact]
    public void ADocumentWithoutNamesGetsAnEmptyLayer()
    {
        Assert.Empty(Run("nobody answered the phone today .").Get(Layers.Entities));
    }

    [Fact]
    public void AMissingModelIsReportedWhenTheFirstDocumentIsProcessed()
    {
        var stage = new EntityRecognizerStage(new ModelRepository(Path.Combine(_folder, "empty")));
        Assert.ThrowsAny<IOException>(() => stage.Process(HandTokenizedDocument.Create("Kyiv ."), CancellationToken.None));
    }

    [Fact]
    public void TheStageFitsAfterASegmenterInAPipeline()
    {
        var pipeline = new PipelineBuilder().Add(new EntityRecognizerStage(new ModelRepository(_folder)));
        Assert.Equal("E001", Assert.Throws<PipelineException>(() => pipeline.Build()).Code);
        Assert.Contains(DefaultPipeline.Create().Stages, s => s.Name == "ner");
    }
}
