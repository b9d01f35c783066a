using Dateline.Corpora;
using Dateline.Documents;

namespace Dateline.Text;

/// <summary>
/// Scores the segmenter against a UD treebank the way the CoNLL 2018 shared task scores Tokens and
/// Sentences: the raw text is rebuilt (see <see cref="TreebankTextBuilder"/>), each document is segmented,
/// and a predicted unit counts as correct when its character span equals a gold unit's. Tokens are
/// compared as surface tokens: pieces the tokenizer split inside one surface token (<c>do|n't</c>) are
/// joined first, as a multiword token is one surface token in the gold standard.
/// </summary>
public sealed class SegmentationEvaluator
{
    private readonly Segmenter _segmenter;

    /// <summary>Creates an evaluator of the segmenter with the boundary model from <paramref name="models"/> (the embedded ones when null).</summary>
    public SegmentationEvaluator(Models.ModelRepository? models = null) =>
        _segmenter = new Segmenter(SegmentationLexicon.Default, Segmenter.LoadModel(models ?? Models.ModelRepository.Embedded));

    /// <summary>Evaluates on a CoNLL-U file, keeping up to <paramref name="maxErrors"/> mismatches for people to read.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">The file is not valid CoNLL-U or its text does not match its forms (names the file).</exception>
    public SegmentationReport EvaluateFile(string conlluPath, int maxErrors = 0)
    {
        if (!File.Exists(conlluPath)) throw new FileNotFoundException("E103: treebank file not found.", conlluPath);
        var tokens = new SegmentationScore(0, 0, 0);
        var sentences = new SegmentationScore(0, 0, 0);
        var errors = new List<string>();
        var buffer = new TokenBuffer();
        var documents = 0;
        long characters = 0;
        foreach (var gold in TreebankTextBuilder.Build(ConlluReader.ReadFile(conlluPath)))
        {
            documents++;
            characters += gold.Text.Length;
            var predictedSentences = _segmenter.Segment(gold.Text, buffer);
            var surface = SurfaceTokens(buffer);
            tokens = tokens.Plus(Score(gold.Text, gold.Tokens, surface, "token", errors, maxErrors));
            var sentenceSpans = Array.ConvertAll(predictedSentences, s => s.Span);
            sentences = sentences.Plus(Score(gold.Text, gold.Sentences, sentenceSpans, "sentence", errors, maxErrors));
        }
        return new SegmentationReport(Path.GetFileName(conlluPath), documents, characters, tokens, sentences, errors);
    }

    /// <summary>Joins tokens split inside one surface token back into that surface token.</summary>
    internal static List<TextSpan> SurfaceTokens(TokenBuffer buffer)
    {
        var spans = new List<TextSpan>(buffer.Count);
        for (var i = 0; i < buffer.Count; i++)
        {
            var token = buffer.Tokens[i];
            if ((buffer.Flags[i] & TokenFlags.JoinedToPrevious) != 0 && spans.Count > 0)
            {
                spans[^1] = new TextSpan(spans[^1].Start, token.End);
                continue;
            }
            spans.Add(token.Span);
        }
        return spans;
    }

    /// <summary>Counts exact span matches between two lists sorted by start offset.</summary>
    internal static SegmentationScore Score(string text, IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> predicted,
        string unit, List<string> errors, int maxErrors)
    {
        var correct = 0;
        int g = 0, p = 0;
        while (g < gold.Count && p < predicted.Count)
        {
            if (gold[g] == predicted[p])
            {
                correct++;
                g++;
                p++;
                continue;
            }
            if (errors.Count < maxErrors) errors.Add(Describe(text, unit, gold[g], predicted[p]));
            if (gold[g].End <= predicted[p].End) g++;
            else p++;
        }
        return new SegmentationScore(gold.Count, predicted.Count, correct);
    }

    private static string Describe(string text, string unit, TextSpan gold, TextSpan predicted)
    {
        static string Show(string text, TextSpan span) =>
            span.Length <= 120 ? text.Substring(span.Start, span.Length).Replace('\n', '¶')
                : text.Substring(span.Start, 55).Replace('\n', '¶') + " … " + text.Substring(span.End - 55, 55).Replace('\n', '¶');
        return $"{unit}: gold «{Show(text, gold)}» predicted «{Show(text, predicted)}»";
    }
}
