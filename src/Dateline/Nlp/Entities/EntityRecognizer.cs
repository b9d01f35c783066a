using Dateline.Documents;
using Dateline.Models;

namespace Dateline.Nlp.Entities;

/// <summary>
/// Finds a document's named entities: the sequence labeler marks persons, organizations and locations in
/// each sentence, the demonym list adds Group mentions, and mentions are grouped into entities.
/// Predicts without touching the document; <see cref="EntityRecognizerStage"/> sets the layer.
/// </summary>
internal sealed class EntityRecognizer
{
    private readonly NerLabeler _labeler;

    /// <summary>Creates a recognizer from a labeler.</summary>
    public EntityRecognizer(NerLabeler labeler) => _labeler = labeler;

    /// <summary>Loads <c>ner.bin</c> from <paramref name="models"/> and the embedded gazetteer.</summary>
    /// <exception cref="FileNotFoundException">The repository has no NER model.</exception>
    /// <exception cref="InvalidDataException">The model file is not readable by this build.</exception>
    public static EntityRecognizer Load(ModelRepository models)
    {
        using var stream = models.Open(NerModel.FileName);
        return Load(stream, NerModel.FileName);
    }

    /// <summary>Reads a model from <paramref name="stream"/> (<paramref name="name"/> names it in errors).</summary>
    /// <exception cref="InvalidDataException">The model file is not readable by this build.</exception>
    public static EntityRecognizer Load(Stream stream, string name) =>
        new(new NerLabeler(NerModelFormat.Read(stream, name), Gazetteer.LoadEmbedded(), Clusters.WordClusters.Load(ModelRepository.Embedded)));

    /// <summary>The labeler used for each sentence.</summary>
    public NerLabeler Labeler => _labeler;

    /// <summary>The mentions of every sentence, in text order.</summary>
    public List<NameMention> FindMentions(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken = default)
    {
        var buffer = new FeatureBuffer();
        var gazetteer = _labeler.Extractor.Gazetteer;
        var texts = new List<SentenceText>(sentences.Count);
        var names = new List<List<NamedSpan>>(sentences.Count);
        foreach (var s in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = new SentenceText(text, tokens, s.FirstToken, s.TokenCount);
            texts.Add(sentence);
            names.Add(_labeler.Predict(sentence, buffer));
        }
        DocumentConsistency.Apply(texts, names);
        var mentions = new List<NameMention>();
        for (var s = 0; s < texts.Count; s++)
        {
            foreach (var name in names[s])
            {
                if (MentionTrimmer.Trim(texts[s], name, gazetteer) is { } span) mentions.Add(new NameMention(span, name.Type));
            }
            GroupMentionFinder.Find(texts[s], names[s], gazetteer, mentions);
        }
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }

    /// <summary>The document's entities (reads the sentence and token layers; sets nothing).</summary>
    public List<Entity> Recognize(Document document, CancellationToken cancellationToken = default)
    {
        var mentions = FindMentions(document.Text, document.Get(Layers.Tokens), document.Get(Layers.Sentences), cancellationToken);
        return EntityGrouper.Group(document.Text, mentions);
    }
}
