namespace Dateline.Cli.Commands;

/// <summary>
/// A quick estimate of how many articles the inputs hold, for the ETA: one per file, one per non-empty line of
/// JSONL files. Feeds count as one, so the ETA disappears when the estimate is passed; null for standard input.
/// </summary>
internal static class InputCounter
{
    public static int? Count(IReadOnlyList<string> inputs)
    {
        var total = 0;
        foreach (var input in inputs)
        {
            if (input == "-") return null;
            if (File.Exists(input)) total += CountFile(input);
            else if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)) total += CountFile(file);
            }
        }
        return total;
    }

    private static int CountFile(string path)
    {
        if (!path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)) return 1;
        try
        {
            var lines = 0;
            foreach (var line in File.ReadLines(path))
            {
                if (!string.IsNullOrWhiteSpace(line)) lines++;
            }
            return lines;
        }
        catch (IOException)
        {
            return 1;
        }
    }
}
