using Dateline.Corpora;
using Dateline.Documents;

namespace Dateline.Nlp.Parsing;

/// <summary>
/// A deliberately weak tagger for evaluating the parser on imperfect tags: each word gets the tag pair
/// it had most often in the training sentences; unseen words get a guess from their shape (number,
/// capitalized, -ing, -ed, -s, else common noun). Its errors resemble a real tagger's, only more frequent.
/// </summary>
public sealed class MostFrequentTagger
{
    private readonly Dictionary<string, (string Upos, string Xpos)> _best;

    private MostFrequentTagger(Dictionary<string, (string, string)> best) => _best = best;

    /// <summary>Counts the tags of every word form in <paramref name="training"/>.</summary>
    public static MostFrequentTagger Train(IEnumerable<ConlluSentence> training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var counts = new Dictionary<string, Dictionary<(string, string), int>>(StringComparer.Ordinal);
        foreach (var sentence in training)
        {
            foreach (var word in sentence.Words)
            {
                if (!counts.TryGetValue(word.Form, out var tags)) counts[word.Form] = tags = [];
                tags[(word.Upos, word.Xpos)] = tags.GetValueOrDefault((word.Upos, word.Xpos)) + 1;
            }
        }
        var best = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (form, tags) in counts)
        {
            best[form] = tags.OrderByDescending(t => t.Value).ThenBy(t => t.Key.Item2, StringComparer.Ordinal).First().Key;
        }
        return new MostFrequentTagger(best);
    }

    /// <summary>Tags a sentence's words.</summary>
    public PosTags Tag(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var upos = new string[sentence.Words.Count];
        var xpos = new string[sentence.Words.Count];
        for (var i = 0; i < upos.Length; i++)
        {
            (upos[i], xpos[i]) = Tag(sentence.Words[i].Form);
        }
        return new PosTags(upos, xpos);
    }

    /// <summary>
    /// Gold tags with a share of them replaced by this tagger's: word <c>i</c> of a sentence takes this
    /// tagger's tags when a hash of (<paramref name="seed"/>, sentence text, <c>i</c>) falls below
    /// <paramref name="fraction"/>. Deterministic; since most of this tagger's tags are right, the
    /// resulting error rate is well below <paramref name="fraction"/>, on the words a tagger finds ambiguous.
    /// </summary>
    public PosTags TagSome(ConlluSentence sentence, double fraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Words;
        var upos = new string[words.Count];
        var xpos = new string[words.Count];
        var sentenceCode = ParserHash.Of(sentence.Text) ^ ParserHash.Of(words.Count > 0 ? words[0].Form : "");
        for (var i = 0; i < words.Count; i++)
        {
            var draw = ParserHash.Mix((ulong)seed, sentenceCode, (ulong)i) >> 11;
            (upos[i], xpos[i]) = draw < fraction * (1UL << 53) ? Tag(words[i].Form) : (words[i].Upos, words[i].Xpos);
        }
        return new PosTags(upos, xpos);
    }

    private (string Upos, string Xpos) Tag(string form)
    {
        if (_best.TryGetValue(form, out var known)) return known;
        if (form.Length > 0 && char.IsAsciiDigit(form[0])) return ("NUM", "CD");
        if (form.Length > 0 && char.IsUpper(form[0])) return ("PROPN", "NNP");
        if (form.EndsWith("ing", StringComparison.Ordinal)) return ("VERB", "VBG");
        if (form.EndsWith("ed", StringComparison.Ordinal)) return ("VERB", "VBN");
        if (form.EndsWith('s')) return ("NOUN", "NNS");
        return ("NOUN", "NN");
    }
}
