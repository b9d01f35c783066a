using Dateline.Corpora;

namespace Dateline.Nlp.Entities.Training;

/// <summary>Counts proper-noun and lower-case uses of words in CoNLL-U sentences and builds a <see cref="WordLexicon"/>.</summary>
internal sealed class WordLexiconBuilder
{
    private readonly Dictionary<ulong, (int Total, int ProperNoun)> _forms = [];
    private readonly Dictionary<ulong, int> _lowercase = [];

    /// <summary>Counts the words of one sentence.</summary>
    public void Add(ConlluSentence sentence)
    {
        foreach (var word in sentence.Words)
        {
            var key = FeatureHash.Of(word.Form);
            var (total, proper) = _forms.GetValueOrDefault(key);
            _forms[key] = (total + 1, proper + (word.Upos == "PROPN" ? 1 : 0));
            if (WordClass.Capitalization(word.Form) == WordClass.Lower)
            {
                var lower = FeatureHash.OfLower(word.Form);
                _lowercase[lower] = _lowercase.GetValueOrDefault(lower) + 1;
            }
        }
    }

    /// <summary>The lexicon of everything counted.</summary>
    public WordLexicon Build()
    {
        var properNoun = new Dictionary<ulong, byte>(_forms.Count);
        foreach (var (key, (total, proper)) in _forms) properNoun[key] = WordLexicon.EncodeProperNoun(total, proper);
        var lowercase = new Dictionary<ulong, byte>(_lowercase.Count);
        foreach (var (key, count) in _lowercase) lowercase[key] = WordLexicon.EncodeLowercase(count);
        return new WordLexicon(properNoun, lowercase);
    }
}
