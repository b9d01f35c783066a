using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Extraction.Times;

/// <summary>
/// Finds time expressions and normalizes them to TIMEX3 against the article's publication date
/// (<see cref="ArticleMetadata.Published"/>); without one, values that need it keep <c>X</c> placeholders
/// and are marked not anchored. Assigns <see cref="TimeLayers.Times"/>; requires sentences, tokens and tags
/// (tags only for the clause tense; see <see cref="TimeOptions.RequireTags"/>).
/// </summary>
public sealed class TimeExpressionStage : IPipelineStage
{
    private readonly TimeRecognizer _recognizer;

    /// <summary>Creates the stage with the given options (the defaults when null).</summary>
    public TimeExpressionStage(TimeOptions? options = null)
    {
        options ??= new TimeOptions();
        _recognizer = new TimeRecognizer(options);
        Requires = options.RequireTags ? [Layers.Sentences, Layers.Tokens, Layers.Tags] : [Layers.Sentences, Layers.Tokens];
    }

    /// <inheritdoc />
    public string Name => "times";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; }

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [TimeLayers.Times];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        document.TryGet(Layers.Tags, out var tags);
        var published = document.Metadata.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : (DateOnly?)null;
        var times = _recognizer.Recognize(document.Text, document.Get(Layers.Tokens), document.Get(Layers.Sentences), tags, published);
        document.Set(TimeLayers.Times, times);
    }
}
