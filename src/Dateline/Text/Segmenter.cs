using Dateline.Documents;

namespace Dateline.Text;

/// <summary>Tokenizer and sentence splitter together: text in, tokens and sentences out. Stateless and thread-safe.</summary>
internal sealed class Segmenter(SegmentationLexicon lexicon, BoundaryModel? model = null)
{
    private readonly Tokenizer _tokenizer = new(lexicon);
    private readonly SentenceSplitter _splitter = new(lexicon, model);

    /// <summary>The boundary model in <paramref name="models"/>, or null when it holds none (rules only).</summary>
    public static BoundaryModel? LoadModel(Models.ModelRepository models)
    {
        if (!models.Contains(BoundaryModel.FileName)) return null;
        using var stream = models.Open(BoundaryModel.FileName);
        return BoundaryModel.Read(stream, BoundaryModel.FileName);
    }

    /// <summary>
    /// Clears <paramref name="buffer"/>, fills it with the tokens of <paramref name="text"/> and returns the sentences.
    /// </summary>
    public Sentence[] Segment(string text, TokenBuffer buffer)
    {
        buffer.Clear();
        _tokenizer.Tokenize(text, buffer);
        return _splitter.Split(text, buffer);
    }
}
