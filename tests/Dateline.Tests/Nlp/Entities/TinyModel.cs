using Dateline.Documents;
using Dateline.Nlp.Entities;
using Dateline.Nlp.Entities.Training;
using Dateline.Tests.Support;

namespace Dateline.Tests.Nlp.Entities;

/// <summary>A model trained in the test on a few sentences written for the tests.</summary>
internal static class TinyModel
{
    public static readonly Gazetteer Lists = Gazetteer.LoadEmbedded();

    public static readonly NerExample[] Examples =
    [
        Example("Olena Marchuk visited Lviv on Monday .", (0, 2, EntityType.Person), (3, 4, EntityType.Location)),
        Example("Ivan Petrenko left Odesa yesterday .", (0, 2, EntityType.Person), (3, 4, EntityType.Location)),
        Example("The Dairy Union hired Maria Koval .", (1, 3, EntityType.Organization), (4, 6, EntityType.Person)),
        Example("Workers at Dairy Union praised Taras Bondar in Kharkiv .", (2, 4, EntityType.Organization), (5, 7, EntityType.Person), (8, 9, EntityType.Location)),
        Example("Nobody answered the phone today ."),
        Example("The phone rang in the office ."),
        Example("Maria Koval moved to Odesa .", (0, 2, EntityType.Person), (4, 5, EntityType.Location)),
        Example("Marchuk visited Kharkiv on Friday .", (0, 1, EntityType.Person), (2, 3, EntityType.Location)),
        Example("Petrenko visited Odesa on Monday .", (0, 1, EntityType.Person), (2, 3, EntityType.Location)),
    ];

    public static NerModel Train(int seed = 3) =>
        new NerTrainer(Lists, WordLexicon.Empty).Train(Examples, new NerTrainingOptions(Iterations: 20, Seed: seed));

    private static NerExample Example(string line, params (int Start, int End, EntityType Type)[] spans) =>
        new(HandTokenizedDocument.Words(line), [.. spans.Select(s => new NamedSpan(s.Start, s.End, s.Type))], "hand");
}
