using Dateline.Corpora;

namespace Dateline.Nlp.Parsing;

/// <summary>
/// Finds the parser's training and development sentences in the shared data folder: UD English-EWT
/// train/dev and, optionally, the GUM documents of GUM's own train split (its dev and test documents,
/// as listed in <c>gum/splits.md</c>, are never used).
/// </summary>
public static class ParserTrainingData
{
    /// <summary>EWT's sentences of a split (<c>train</c>, <c>dev</c> or <c>test</c>).</summary>
    public static IReadOnlyList<ConlluSentence> Ewt(string dataFolder, string split) =>
        ConlluReader.ReadFile(Path.Combine(dataFolder, "ud-english-ewt", $"en_ewt-ud-{split}.conllu")).ToList();

    /// <summary>Sentences of the GUM documents that belong to GUM's train split; empty when the folder is absent.</summary>
    public static IReadOnlyList<ConlluSentence> GumTrain(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, "gum");
        var splits = Path.Combine(folder, "splits.md");
        if (!File.Exists(splits)) return [];
        var heldOut = HeldOutDocuments(File.ReadLines(splits));
        var sentences = new List<ConlluSentence>();
        foreach (var file in Directory.GetFiles(folder, "GUM_*.conllu").Order(StringComparer.Ordinal))
        {
            if (heldOut.Contains(Path.GetFileNameWithoutExtension(file))) continue;
            sentences.AddRange(ConlluReader.ReadFile(file));
        }
        return sentences;
    }

    /// <summary>Document names listed under any heading of <c>splits.md</c> other than "train".</summary>
    internal static HashSet<string> HeldOutDocuments(IEnumerable<string> splitLines)
    {
        var heldOut = new HashSet<string>(StringComparer.Ordinal);
        var inTrain = false;
        foreach (var raw in splitLines)
        {
            var line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inTrain = line[3..].Trim().Equals("train", StringComparison.OrdinalIgnoreCase);
            }
            else if (line.StartsWith("* ", StringComparison.Ordinal) && !inTrain)
            {
                heldOut.Add(line[2..].Trim());
            }
        }
        return heldOut;
    }
}
