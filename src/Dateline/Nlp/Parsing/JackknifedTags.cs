using System.Globalization;
using Dateline.Corpora;
using Dateline.Documents;
using Dateline.Nlp.Tagging;

namespace Dateline.Nlp.Parsing;

/// <summary>
/// Tags for parser training as a real tagger would give them: the sentences are split into folds, a
/// <see cref="PosTagger"/> is trained on all folds but one and tags the one left out, so every sentence carries
/// the errors of a tagger that never saw it. Deterministic for given sentences and options.
/// </summary>
public static class JackknifedTags
{
    /// <summary>Predicted tags of every sentence, in order.</summary>
    /// <param name="sentences">Training sentences (gold tags are used only to train the fold taggers).</param>
    /// <param name="folds">Number of folds (at least 2).</param>
    /// <param name="options">Settings of the fold taggers.</param>
    /// <param name="foldDone">Called with the fold number after each fold is tagged.</param>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than two folds, or fewer sentences than folds.</exception>
    public static PosTags[] Predict(IReadOnlyList<ConlluSentence> sentences, int folds, PosTaggerTrainingOptions options, Action<int>? foldDone = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(sentences.Count, folds);
        var tags = new PosTags[sentences.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var rest = new List<ConlluSentence>(sentences.Count);
            for (var i = 0; i < sentences.Count; i++)
            {
                if (i % folds != fold) rest.Add(sentences[i]);
            }
            var tagger = new PosTaggerTrainer(options).Train(rest);
            for (var i = fold; i < sentences.Count; i += folds)
            {
                tags[i] = Tag(tagger, sentences[i]);
            }
            foldDone?.Invoke(fold);
        }
        return tags;
    }

    /// <summary>The tagger's tags of a sentence's gold words.</summary>
    public static PosTags Tag(PosTagger tagger, ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentence);
        var forms = new string[sentence.Words.Count];
        for (var i = 0; i < forms.Length; i++) forms[i] = sentence.Words[i].Form;
        var tagged = tagger.Tag(forms);
        return new PosTags(tagged.Upos, tagged.Xpos);
    }

    /// <summary>Writes tags one sentence a line, each word as <c>UPOS XPOS</c> pairs separated by tabs.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<PosTags> tags)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var sentence in tags)
        {
            for (var i = 0; i < sentence.Upos.Count; i++)
            {
                if (i > 0) writer.Write('\t');
                writer.Write(sentence.Upos[i]);
                writer.Write(' ');
                writer.Write(sentence.Xpos[i]);
            }
            writer.WriteLine();
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote, checking it against the sentences it was made for.</summary>
    /// <exception cref="InvalidDataException">The file does not fit the sentences; the message names the file and line.</exception>
    public static PosTags[] Read(string path, IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(sentences);
        var lines = File.ReadAllLines(path);
        if (lines.Length != sentences.Count)
        {
            throw new InvalidDataException($"{path}: {lines.Length} lines for {sentences.Count} sentences.");
        }
        var tags = new PosTags[lines.Length];
        for (var s = 0; s < lines.Length; s++)
        {
            var words = lines[s].Split('\t');
            if (words.Length != sentences[s].Words.Count)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}:{s + 1}: {words.Length} words, the sentence has {sentences[s].Words.Count}."));
            }
            var upos = new string[words.Length];
            var xpos = new string[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                var space = words[i].IndexOf(' ');
                if (space <= 0) throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}:{s + 1}: word {i + 1} is not 'UPOS XPOS'."));
                upos[i] = words[i][..space];
                xpos[i] = words[i][(space + 1)..];
            }
            tags[s] = new PosTags(upos, xpos);
        }
        return tags;
    }
}
