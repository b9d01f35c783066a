using System.Runtime.CompilerServices;
using Dateline.Documents;
using Dateline.Models;
using Dateline.Pipeline;

namespace Dateline.Nlp.Tagging;

/// <summary>
/// Pipeline stage <c>tagger</c>: tags and lemmatizes every sentence. The model loads from the
/// repository on first use. <see cref="Predict"/> computes without touching the document;
/// <see cref="SetAnnotations"/> writes the <see cref="Layers.Tags"/> and <see cref="Layers.Lemmas"/> layers.
/// </summary>
public sealed class TaggerStage : IPipelineStage
{
    private readonly Lazy<PosTagger> _tagger;

    /// <summary>Creates the stage over a model repository (the embedded models when null).</summary>
    public TaggerStage(ModelRepository? models = null)
    {
        var repository = models ?? ModelRepository.Embedded;
        _tagger = new Lazy<PosTagger>(() => PosTagger.Load(repository), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Creates the stage over an already loaded tagger.</summary>
    public TaggerStage(PosTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        _tagger = new Lazy<PosTagger>(tagger);
    }

    /// <inheritdoc />
    public string Name => "tagger";

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Sentences, Layers.Tokens];

    /// <inheritdoc />
    public IReadOnlyList<LayerKey> Assigns { get; } = [Layers.Tags, Layers.Lemmas];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        SetAnnotations(document, Predict(document, cancellationToken));
    }

    /// <summary>Tags and lemmatizes the document's tokens, sentence by sentence, without changing the document.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TaggerPrediction Predict(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tagger = _tagger.Value;
        var tokens = document.Get(Layers.Tokens);
        var upos = new string[tokens.Count];
        var xpos = new string[tokens.Count];
        var lemmas = new string[tokens.Count];
        var words = new ReadOnlyMemory<char>[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            words[t] = token.Form?.AsMemory() ?? document.Text.AsMemory(token.Start, token.End - token.Start);
        }
        var labels = new int[tokens.Count];
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            tagger.Predict(words.AsSpan(sentence.FirstToken, sentence.TokenCount), labels.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }
        for (var t = 0; t < tokens.Count; t++)
        {
            upos[t] = tagger.UposOf(labels[t]);
            xpos[t] = tagger.XposOf(labels[t]);
            lemmas[t] = tagger.Lemmatize(words[t].Span, labels[t]);
        }
        return new TaggerPrediction(new PosTags(upos, xpos), lemmas);
    }

    /// <summary>Writes a prediction's tags and lemmas onto the document.</summary>
    public static void SetAnnotations(Document document, TaggerPrediction prediction)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(prediction);
        document.Set(Layers.Tags, prediction.Tags);
        document.Set(Layers.Lemmas, prediction.Lemmas);
    }
}
