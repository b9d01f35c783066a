using System.Xml;
using Dateline.Nlp.Parsing;

namespace Dateline.Nlp.Clusters;

/// <summary>
/// Raw text for word clustering from the shared data folder, as word sequences: UD English-EWT train, the GUM
/// documents of GUM's train split, and the MEANTIME Wikinews articles. Held-out text (EWT dev and test, which
/// are UNER's dev and test, and GUM's dev and test documents) is never read.
/// </summary>
internal static class ClusterCorpus
{
    /// <summary>Every sentence of the three sources, in a fixed order.</summary>
    public static List<IReadOnlyList<string>> Sentences(string dataDirectory)
    {
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var sentence in ParserTrainingData.Ewt(dataDirectory, "train")) sentences.Add(Forms(sentence));
        foreach (var sentence in ParserTrainingData.GumTrain(dataDirectory)) sentences.Add(Forms(sentence));
        var meantime = Path.Combine(dataDirectory, "meantime", "intra-doc_annotation");
        if (Directory.Exists(meantime))
        {
            foreach (var file in Directory.GetFiles(meantime, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                sentences.AddRange(MeantimeSentences(file));
            }
        }
        return sentences;
    }

    private static string[] Forms(Dateline.Corpora.ConlluSentence sentence)
    {
        var forms = new string[sentence.Words.Count];
        for (var i = 0; i < forms.Length; i++) forms[i] = sentence.Words[i].Form;
        return forms;
    }

    private static List<IReadOnlyList<string>> MeantimeSentences(string file)
    {
        var sentences = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        var currentNumber = "";
        using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        while (reader.ReadToFollowing("token"))
        {
            var number = reader.GetAttribute("sentence") ?? "";
            var text = reader.ReadElementContentAsString();
            if (number != currentNumber && current.Count > 0)
            {
                sentences.Add(current);
                current = [];
            }
            currentNumber = number;
            if (text.Length > 0) current.Add(text);
        }
        if (current.Count > 0) sentences.Add(current);
        return sentences;
    }
}
