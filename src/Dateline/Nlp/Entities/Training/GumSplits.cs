namespace Dateline.Nlp.Entities.Training;

/// <summary>Reads GUM's <c>splits.md</c>: <c>## dev</c>, <c>## test</c>, ... headings followed by <c>* GUM_doc</c> items.</summary>
internal static class GumSplits
{
    /// <summary>Document name → split name.</summary>
    public static Dictionary<string, string> Read(TextReader reader)
    {
        var splits = new Dictionary<string, string>(StringComparer.Ordinal);
        var current = "";
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("## ", StringComparison.Ordinal)) current = trimmed[3..].Trim();
            else if (trimmed.StartsWith("* ", StringComparison.Ordinal) && current.Length > 0) splits[trimmed[2..].Trim()] = current;
        }
        return splits;
    }

    /// <summary>The split of a document: as listed, or <c>train</c> when not listed.</summary>
    public static string SplitOf(IReadOnlyDictionary<string, string> splits, string document) =>
        splits.TryGetValue(document, out var split) ? split : "train";
}
