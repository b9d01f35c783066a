using Dateline.Corpora;

namespace Dateline.Nlp.Entities.Training;

/// <summary>
/// The NER data sets in the shared data folder: GUM documents by official split (documents not listed under
/// dev or test are training documents) and the Universal NER English-EWT files.
/// </summary>
internal sealed class NerCorpus
{
    private readonly string _dataDirectory;
    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a view of the data in <paramref name="dataDirectory"/> (the folder holding <c>gum/</c> and <c>uner-english-ewt/</c>).</summary>
    public NerCorpus(string dataDirectory, Gazetteer gazetteer)
    {
        _dataDirectory = dataDirectory;
        _gazetteer = gazetteer;
    }

    /// <summary>The training set: GUM train documents plus UNER EWT dev.</summary>
    public List<NerExample> Training() => [.. Gum("train"), .. UnerDev()];

    /// <summary>
    /// Word statistics from UD English-EWT train and the GUM train documents (their UPOS tags), for the
    /// proper-noun features. No evaluation sentence is counted.
    /// </summary>
    public WordLexicon Lexicon()
    {
        var builder = new WordLexiconBuilder();
        foreach (var sentence in ConlluReader.ReadFile(Path.Combine(_dataDirectory, "ud-english-ewt", "en_ewt-ud-train.conllu")))
        {
            builder.Add(sentence);
        }
        foreach (var (_, sentence) in GumSentences("train")) builder.Add(sentence);
        return builder.Build();
    }

    /// <summary>UNER English-EWT dev.</summary>
    public List<NerExample> UnerDev() => UnerReader.ReadFile(Path.Combine(_dataDirectory, "uner-english-ewt", "en_ewt-ud-dev.iob2"));

    /// <summary>UNER English-EWT test.</summary>
    public List<NerExample> UnerTest() => UnerReader.ReadFile(Path.Combine(_dataDirectory, "uner-english-ewt", "en_ewt-ud-test.iob2"));

    /// <summary>Every sentence of the GUM documents in <paramref name="split"/> (<c>train</c>, <c>dev</c>, <c>test</c>), files in name order.</summary>
    /// <exception cref="FileNotFoundException">The GUM folder or its <c>splits.md</c> is missing.</exception>
    public List<NerExample> Gum(string split)
    {
        var examples = new List<NerExample>();
        foreach (var (document, sentence) in GumSentences(split))
        {
            var mentions = GumEntityBrackets.Parse(sentence);
            var spans = GumNamedSpans.Derive(sentence, mentions, IsGroupWord, IsTitle);
            examples.Add(new NerExample([.. sentence.Words.Select(w => w.Form)], spans, document));
        }
        return examples;
    }

    private IEnumerable<(string Document, ConlluSentence Sentence)> GumSentences(string split)
    {
        var folder = Path.Combine(_dataDirectory, "gum");
        Dictionary<string, string> splits;
        using (var reader = new StreamReader(Path.Combine(folder, "splits.md")))
        {
            splits = GumSplits.Read(reader);
        }
        var files = Directory.GetFiles(folder, "*.conllu");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var document = Path.GetFileNameWithoutExtension(file);
            if (GumSplits.SplitOf(splits, document) != split) continue;
            foreach (var sentence in ConlluReader.ReadFile(file))
            {
                yield return (document, sentence);
            }
        }
    }

    private bool IsGroupWord(string word) => _gazetteer.Contains(Gazetteer.Demonyms, word);

    private bool IsTitle(string word) => _gazetteer.ContainsIgnoringCase(Gazetteer.Titles, word);
}
