using Dateline.Models;
using Dateline.Nlp.Lemmas;

namespace Dateline.Nlp.Tagging;

/// <summary>
/// Part-of-speech tagger (joint PTB XPOS and Universal UPOS) and lemmatizer: a greedy left-to-right
/// averaged perceptron over word, affix, shape and context features, with a dictionary of frequent
/// unambiguous words, followed by lemma lookup and inflection rules. Immutable and thread-safe.
/// </summary>
public sealed class PosTagger
{
    /// <summary>The file name of the shipped model in a <see cref="ModelRepository"/>.</summary>
    public const string ModelFileName = "tagger.bin";

    private readonly PosTaggerModel _model;
    private readonly Lemmatizer _lemmatizer;

    internal PosTagger(PosTaggerModel model)
    {
        _model = model;
        _lemmatizer = new Lemmatizer(model.Lemmas);
    }

    internal PosTaggerModel Model => _model;

    /// <summary>Loads a tagger model from a stream.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a tagger model of this version.</exception>
    public static PosTagger Load(Stream stream, string name = ModelFileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new PosTagger(PosTaggerModel.Read(stream, name));
    }

    /// <summary>Loads <see cref="ModelFileName"/> from a model repository.</summary>
    /// <exception cref="FileNotFoundException">The repository has no tagger model.</exception>
    public static PosTagger Load(ModelRepository models)
    {
        ArgumentNullException.ThrowIfNull(models);
        using var stream = models.Open(ModelFileName);
        return Load(stream, ModelFileName);
    }

    /// <summary>Saves the model to a stream.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _model.Write(stream);
    }

    /// <summary>Tags and lemmatizes one sentence of tokens.</summary>
    public TaggedSentence Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var memory = new ReadOnlyMemory<char>[words.Count];
        for (var i = 0; i < memory.Length; i++) memory[i] = words[i].AsMemory();
        var labels = new int[memory.Length];
        Predict(memory, labels);
        var upos = new string[labels.Length];
        var xpos = new string[labels.Length];
        var lemmas = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            upos[i] = UposOf(labels[i]);
            xpos[i] = XposOf(labels[i]);
            lemmas[i] = Lemmatize(memory[i].Span, labels[i]);
        }
        return new TaggedSentence(upos, xpos, lemmas);
    }

    /// <summary>Predicts a label id per word, left to right.</summary>
    internal void Predict(ReadOnlySpan<ReadOnlyMemory<char>> words, Span<int> labels) =>
        new TaggerDecoder(_model).Decode(words, labels);

    /// <summary>The UPOS of a label id.</summary>
    internal string UposOf(int label) => _model.Labels.Upos[label];

    /// <summary>The XPOS of a label id.</summary>
    internal string XposOf(int label) => _model.Labels.Xpos[label];

    /// <summary>The lemma of a word given its label id.</summary>
    internal string Lemmatize(ReadOnlySpan<char> word, int label) => _lemmatizer.Lemmatize(word, _model.Labels.Xpos[label]);
}
