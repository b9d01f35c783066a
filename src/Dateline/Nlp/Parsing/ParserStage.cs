using Dateline.Documents;
using Dateline.Models;
using Dateline.Pipeline;

namespace Dateline.Nlp.Parsing;

/// <summary>
/// Pipeline stage that parses every sentence into a Universal Dependencies tree (heads document-wide,
/// -1 for sentence roots). The model is loaded from the repository on first use.
/// </summary>
public sealed class ParserStage : IPipelineStage
{
    /// <summary>The model's file name in a <see cref="ModelRepository"/>.</summary>
    public const string ModelFile = "parser.bin";

    private readonly Lazy<DependencyParser> _parser;

    /// <summary>Creates the stage reading <see cref="ModelFile"/> from <paramref name="models"/> (the embedded models when null).</summary>
    public ParserStage(ModelRepository? models = null)
    {
        var repository = models ?? ModelRepository.Embedded;
        _parser = new Lazy<DependencyParser>(() =>
        {
            using var stream = repository.Open(ModelFile);
            try
            {
                return DependencyParser.Load(stream);
            }
            catch (InvalidDataException ex)
            {
                throw new InvalidDataException($"{ex.Message} Model file: '{ModelFile}'.", ex);
            }
        });
    }

    /// <summary>Creates the stage around a parser already in memory.</summary>
    public ParserStage(DependencyParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        _parser = new Lazy<DependencyParser>(parser);
    }

    /// <inheritdoc />
    public string Name => "parser";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Sentences, Layers.Tokens, Layers.Tags];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [Layers.Dependencies];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var tree = _parser.Value.Predict(document);
        document.Set(Layers.Dependencies, tree);
    }
}
